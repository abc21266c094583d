import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GradebookTable } from "@/components/teach/gradebook-table";
import { requireUser } from "@/lib/auth/guard";
import { getClassGradebook } from "@/lib/data/teaching";
import { GRADEBOOK_SORTS, sortGradebookRows, type GradebookSort } from "@/lib/reports/gradebook";

export const metadata: Metadata = { title: "Gradebook" };

function readSort(value: string | string[] | undefined): GradebookSort {
  if (typeof value !== "string") return "name";
  if ((GRADEBOOK_SORTS as readonly string[]).includes(value) || /^assignment:[\w-]+$/.test(value)) return value as GradebookSort;
  return "name";
}

export default async function GradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ sort?: string | string[]; dir?: string | string[] }>;
}) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser("TEACHER", `/teach/classes/${classId}/gradebook`);
  const found = await getClassGradebook(user, classId);
  if (!found) notFound();
  const { gradebook } = found;
  const sort = readSort(query.sort);
  const direction = query.dir === "desc" ? "desc" : "asc";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-bold">Gradebook: {found.name}</h1>
        <a
          href={`/api/teach/classes/${classId}/gradebook`}
          download
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
        >
          Download CSV
        </a>
      </div>
      <p>
        <Link href={`/teach/classes/${classId}`} className="text-brand-800 hover:underline">
          Back to the class
        </Link>
      </p>
      {gradebook.rows.length === 0 || gradebook.assignments.length === 0 ? (
        <p className="text-slate-700">The gradebook fills in once the class has students and assignments.</p>
      ) : (
        <GradebookTable
          gradebook={gradebook}
          rows={sortGradebookRows(gradebook, sort, direction)}
          sort={sort}
          direction={direction}
          basePath={`/teach/classes/${classId}/gradebook`}
        />
      )}
    </div>
  );
}
