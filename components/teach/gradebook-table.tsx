import Link from "next/link";
import type { ReactNode } from "react";
import { STATUS_LABELS, percent, type Gradebook, type GradebookRow, type GradebookSort } from "@/lib/reports/gradebook";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

const statusClass: Record<string, string> = { late: "text-amber-800 font-medium", missing: "text-red-700 font-medium" };

/** A column heading that sorts by it; a second click reverses. aria-sort says which way it is sorted now. */
function SortHeader({
  label,
  sort,
  current,
  direction,
  basePath,
  children,
}: {
  label: string;
  sort: GradebookSort;
  current: GradebookSort;
  direction: "asc" | "desc";
  basePath: string;
  children?: ReactNode;
}) {
  const active = sort === current;
  const next = active && direction === "asc" ? "desc" : active ? "asc" : sort === "name" ? "asc" : "desc";
  return (
    <th scope="col" className="border-b p-2 align-bottom" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}>
      {children}
      <Link href={`${basePath}?sort=${encodeURIComponent(sort)}&dir=${next}`} className="block text-brand-800 underline underline-offset-2">
        {label}
        <span aria-hidden="true">{active ? (direction === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

function ScoreCell({ cell }: { cell: GradebookRow["cells"][number] }) {
  return (
    <>
      {cell.best ? (
        <span className="font-semibold">
          {cell.best.score}/{cell.best.total} ({percent(cell.best)}%)
        </span>
      ) : (
        <span aria-label="no score">—</span>
      )}
      {cell.latest && cell.attempts > 1 ? (
        <span className="block text-slate-600">
          latest {cell.latest.score}/{cell.latest.total}
        </span>
      ) : null}
      <span className={`block ${statusClass[cell.status] ?? "text-slate-700"}`}>{STATUS_LABELS[cell.status]}</span>
    </>
  );
}

const averageText = (value: number | null) => (value === null ? "—" : `${value}%`);

/** Students × assignments with each row's average, late and missing counts and the class average per assignment. */
export function GradebookTable({
  gradebook,
  rows,
  sort,
  direction,
  basePath,
}: {
  gradebook: Gradebook;
  rows: GradebookRow[];
  sort: GradebookSort;
  direction: "asc" | "desc";
  basePath: string;
}) {
  const header = { current: sort, direction, basePath };
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">Best score, latest score and status per student and assignment, with averages</caption>
        <thead>
          <tr>
            <SortHeader label="Student" sort="name" {...header} />
            {gradebook.assignments.map((assignment) => (
              <SortHeader key={assignment.id} label="Sort by score" sort={`assignment:${assignment.id}`} {...header}>
                <Link href={`/teach/assignments/${assignment.id}`} className="font-semibold text-brand-800 hover:underline">
                  {assignment.title}
                </Link>
                <span className="block font-normal text-slate-600">due {dateFormat.format(assignment.dueAt)}</span>
              </SortHeader>
            ))}
            <SortHeader label="Average" sort="average" {...header} />
            <SortHeader label="Late" sort="late" {...header} />
            <SortHeader label="Missing" sort="missing" {...header} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.student.id} className="border-b" data-testid={`gradebook-row-${row.student.id}`}>
              <th scope="row" className="p-2 font-medium">
                {row.student.name}
              </th>
              {row.cells.map((cell, index) => (
                <td key={gradebook.assignments[index].id} className="p-2" data-testid={`grade-${row.student.id}-${gradebook.assignments[index].id}`}>
                  <ScoreCell cell={cell} />
                </td>
              ))}
              <td className="p-2 font-semibold">{averageText(row.summary.averagePercent)}</td>
              <td className="p-2">{row.summary.late}</td>
              <td className="p-2">{row.summary.missing}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="p-2">
              Class average
            </th>
            {gradebook.assignmentSummaries.map((summary, index) => (
              <td key={gradebook.assignments[index].id} className="p-2 font-semibold">
                {averageText(summary.averagePercent)}
                <span className="block font-normal text-slate-600">
                  {summary.submitted} submitted · {summary.late} late · {summary.missing} missing
                </span>
              </td>
            ))}
            <td className="p-2" colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
