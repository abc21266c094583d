import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { createClass } from "@/lib/teaching/classes";
import { createClassSchema } from "@/lib/validations/classroom";

export const POST = withRoute({ role: "TEACHER", body: createClassSchema }, async ({ user, body }) => {
  const created = await createClass(user, body.name);
  return NextResponse.json(created, { status: 201 });
});
