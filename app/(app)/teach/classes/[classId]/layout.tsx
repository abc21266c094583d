import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";
import { teacherOwnsClass } from "@/lib/data/teaching";

export default async function TeacherClassLayout({ children, params }: { children: ReactNode; params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser("TEACHER", `/teach/classes/${classId}`);
  if (!(await teacherOwnsClass(user, classId))) notFound();
  return children;
}
