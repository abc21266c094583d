import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

// The role check sits in the layout, above every loading boundary, so a student gets a real 403.
// Each page checks again: a layout does not re-run on every client navigation.
export default async function TeachLayout({ children }: { children: ReactNode }) {
  await requireUser("TEACHER", "/teach");
  return children;
}
