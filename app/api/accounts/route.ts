import { NextResponse } from "next/server";
import { EmailTakenError, createAccount } from "@/lib/auth/accounts";
import { fieldErrorsOf } from "@/lib/auth/guard";
import { errorResponse } from "@/lib/http-errors";
import { signUpSchema } from "@/lib/validations/account";
import { readJson } from "@/lib/http-body";

// Sign-up is the one write a signed-out visitor may make.
export async function POST(request: Request) {
  try {
    const parsed = signUpSchema.safeParse(await readJson(request, 16 * 1024));
    if (!parsed.success) {
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
