import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { clientAddress } from "@/lib/auth/client-address";
import { withinJoinCodeLimits } from "@/lib/auth/join-code-limits";
import { joinClass } from "@/lib/teaching/classes";
import { joinClassSchema } from "@/lib/validations/classroom";

export const POST = withRoute({ role: "STUDENT", body: joinClassSchema }, async ({ user, body, request }) => {
  const joined = await withinJoinCodeLimits(user.id, clientAddress(request.headers), () => joinClass(user, body.code));
  return NextResponse.json(joined, { status: 201 });
});
