import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/guard";

export default async function JoinLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUser("STUDENT", `/join/${encodeURIComponent(code)}`);
  return children;
}
