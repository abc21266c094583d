import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { createAssignment } from "@/lib/teaching/classes";
import { assignmentSchema } from "@/lib/validations/assignment";

export const POST = withRoute({ role: "TEACHER", body: assignmentSchema }, async ({ user, body }) => {
  const id = await createAssignment(user, body);
  return NextResponse.json({ id }, { status: 201 });
});
