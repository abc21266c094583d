import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// Above the loading boundaries, so a teacher gets a real 403 and a signed-out visitor a real redirect.
export default async function StudentAssignmentsLayout({ children }: { children: ReactNode }) {
  await requireUser("STUDENT", "/assignments");
  return children;
}
