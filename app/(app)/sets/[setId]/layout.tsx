import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { canViewSet } from "@/lib/study-sets/visibility";

// The visibility check sits in the layout, above the pages' loading boundaries, so an unknown or
// hidden set answers a real 404 before anything streams. Pages still check again for their own reads.
export default async function StudySetLayout({ children, params }: { children: ReactNode; params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireUser(undefined, `/sets/${setId}`);
  if (!(await canViewSet(user, setId))) notFound();
  return children;
}
