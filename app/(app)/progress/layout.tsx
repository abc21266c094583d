import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// Above the loading boundary, so a signed-out visitor gets a real redirect, not one streamed in a 200.
export default async function ProgressLayout({ children }: { children: ReactNode }) {
  await requireUser(undefined, "/progress");
  return children;
}
