import { PageSkeleton } from "@/components/study/skeletons";

export default function Loading() {
  return <PageSkeleton label="Loading your progress" />;
}
