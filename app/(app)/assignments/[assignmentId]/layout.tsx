import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { isAssignedTo } from "@/lib/data/quiz";

// Above the page's loading boundary, so an unknown or foreign assignment answers a real 404.
export default async function StudentAssignmentLayout({ children, params }: { children: ReactNode; params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser("STUDENT", `/assignments/${assignmentId}`);
  if (!(await isAssignedTo(user, assignmentId))) notFound();
  return children;
}
