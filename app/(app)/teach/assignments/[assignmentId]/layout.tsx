import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";
import { teacherOwnsAssignment } from "@/lib/data/teaching";

export default async function TeacherAssignmentLayout({ children, params }: { children: ReactNode; params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser("TEACHER", `/teach/assignments/${assignmentId}`);
  if (!(await teacherOwnsAssignment(user, assignmentId))) notFound();
  return children;
}
