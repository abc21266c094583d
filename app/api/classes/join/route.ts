import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { joinClass } from "@/lib/teaching/classes";
import { joinClassSchema } from "@/lib/validations/classroom";

export const POST = withRoute({ role: "STUDENT", body: joinClassSchema }, async ({ user, body }) => {
  const joined = await joinClass(user, body.code);
  return NextResponse.json(joined, { status: 201 });
});
