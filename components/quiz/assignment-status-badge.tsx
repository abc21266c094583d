import type { AssignmentStatus } from "@/lib/data/quiz";

const styles: Record<AssignmentStatus, string> = {
  "not started": "border-slate-400 bg-white text-slate-800",
  "in progress": "border-brand-700 bg-brand-50 text-brand-800",
  submitted: "border-green-700 bg-green-50 text-green-800",
  late: "border-amber-700 bg-amber-50 text-amber-900",
};

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold capitalize ${styles[status]}`}>{status}</span>;
}
