import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// Above the loading boundary, so a teacher gets a real 403.
export default async function StudentClassesLayout({ children }: { children: ReactNode }) {
  await requireUser("STUDENT", "/classes");
  return children;
}
