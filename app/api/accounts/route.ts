import { NextResponse } from "next/server";
import { EmailTakenError, createAccount } from "@/lib/auth/accounts";
import { fieldErrorsOf } from "@/lib/auth/guard";
import { clientAddress } from "@/lib/auth/client-address";
import { LIMITS, giveBack, refuseWhenOver, takeAttempt } from "@/lib/auth/rate-limit";
import { refuseCrossSite, requireJsonBody } from "@/lib/auth/same-origin";
import { errorResponse } from "@/lib/http-errors";
import { signUpSchema } from "@/lib/validations/account";
import { readJson } from "@/lib/http-body";

// Sign-up is the one write a signed-out visitor may make, so it makes the checks withRoute would.
// Every sign-up that reaches the database counts against the client's address.
export async function POST(request: Request) {
  try {
    refuseCrossSite(request);
    requireJsonBody(request);
    const attempt = await takeAttempt(LIMITS.signUpAddress, clientAddress(request.headers));
    refuseWhenOver(attempt, (wait) => `Too many sign-ups from this network. Try again in ${wait}.`);
    const parsed = signUpSchema.safeParse(await readJson(request, 16 * 1024));
    if (!parsed.success) {
      await giveBack(attempt);
      return NextResponse.json({ error: "Some fields are not valid.", fieldErrors: fieldErrorsOf(parsed.error) }, { status: 422 });
    }
    const user = await createAccount(parsed.data);
    return NextResponse.json({ id: user.id, email: user.email, role: user.role }, { status: 201 });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return NextResponse.json({ error: error.message, fieldErrors: { email: [error.message] } }, { status: 409 });
    }
    return errorResponse(error);
  }
}
