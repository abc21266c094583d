import { PageSkeleton } from "@/components/teach/page-skeleton";

export default function Loading() {
  return <PageSkeleton />;
}
