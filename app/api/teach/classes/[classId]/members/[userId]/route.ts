import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { readmitStudent, removeStudent } from "@/lib/teaching/classes";

/** Removes a student: their open attempts are submitted as they stand, and the current code no longer lets them back. */
export const DELETE = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  await removeStudent(user, params.classId, params.userId);
  return new NextResponse(null, { status: 204 });
});

/** Re-admits a student the teacher removed (only those: a teacher cannot add anyone else by id). */
export const PUT = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  await readmitStudent(user, params.classId, params.userId);
  return new NextResponse(null, { status: 204 });
});
