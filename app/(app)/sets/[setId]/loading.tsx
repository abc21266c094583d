import { PageSkeleton } from "@/components/study/skeletons";

export default function Loading() {
  return <PageSkeleton label="Loading the study set" />;
}
