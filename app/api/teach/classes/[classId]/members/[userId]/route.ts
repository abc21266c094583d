import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { removeStudent } from "@/lib/teaching/classes";

export const DELETE = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  await removeStudent(user, params.classId, params.userId);
  return new NextResponse(null, { status: 204 });
});
