import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";
import { teacherOwnsSet } from "@/lib/data/teaching";

export default async function TeacherSetLayout({ children, params }: { children: ReactNode; params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser("TEACHER", `/teach/sets/${setId}`);
  if (!(await teacherOwnsSet(user, setId))) notFound();
  return children;
}
