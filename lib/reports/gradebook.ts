// Gradebook math: students × assignments from attempt rows. Pure, so it is tested without a database.

export type AttemptStatus = "not_started" | "in_progress" | "submitted" | "late" | "missing";

export const STATUS_LABELS: Record<AttemptStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Late",
  missing: "Missing",
};

export type GradebookStudent = { id: string; name: string; email: string };
/** `extendedDueAt`: students' own later due dates (accommodations), by user id. */
export type GradebookAssignment = { id: string; title: string; dueAt: Date; extendedDueAt?: Record<string, Date> };
export type GradebookAttempt = {
  userId: string;
  assignmentId: string;
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  score: number | null;
  total: number;
};

export type Score = { score: number; total: number };
export type GradebookCell = { status: AttemptStatus; best: Score | null; latest: Score | null; attempts: number };
/** Averages are of each assignment's best score, over the assignments submitted; missing ones are counted apart. */
export type GradebookSummary = { averagePercent: number | null; submitted: number; late: number; missing: number };
export type GradebookRow = { student: GradebookStudent; cells: GradebookCell[]; summary: GradebookSummary };
export type Gradebook = { assignments: GradebookAssignment[]; rows: GradebookRow[]; assignmentSummaries: GradebookSummary[] };

export function percent(score: Score): number {
  return score.total > 0 ? Math.round((score.score / score.total) * 100) : 0;
}

/** One cell: the best and the latest submitted score, and where the student stands (missing: due and nothing submitted). */
export function gradebookCell(attempts: GradebookAttempt[], dueAt?: Date, now = new Date()): GradebookCell {
  const submitted = attempts
    .filter((attempt) => attempt.submittedAt !== null)
    .sort((a, b) => (a.submittedAt as Date).getTime() - (b.submittedAt as Date).getTime());
  const scoreOf = (attempt: GradebookAttempt): Score => ({ score: attempt.score ?? 0, total: attempt.total });
  const latestAttempt = submitted.at(-1);
  let best: Score | null = null;
  for (const attempt of submitted) {
    const score = scoreOf(attempt);
    if (!best || percent(score) > percent(best)) best = score;
  }
  let status: AttemptStatus = "not_started";
  if (latestAttempt) status = latestAttempt.late ? "late" : "submitted";
  else if (dueAt && now > dueAt) status = "missing";
  else if (attempts.length > 0) status = "in_progress";
  return { status, best, latest: latestAttempt ? scoreOf(latestAttempt) : null, attempts: attempts.length };
}

export function summarize(cells: GradebookCell[]): GradebookSummary {
  const scored = cells.filter((cell) => cell.best !== null).map((cell) => percent(cell.best as Score));
  return {
    averagePercent: scored.length ? Math.round(scored.reduce((sum, value) => sum + value, 0) / scored.length) : null,
    submitted: scored.length,
    late: cells.filter((cell) => cell.status === "late").length,
    missing: cells.filter((cell) => cell.status === "missing").length,
  };
}

export function buildGradebook(
  students: GradebookStudent[],
  assignments: GradebookAssignment[],
  attempts: GradebookAttempt[],
  now = new Date(),
): Gradebook {
  const byKey = new Map<string, GradebookAttempt[]>();
  for (const attempt of attempts) {
    const key = `${attempt.userId}\u0000${attempt.assignmentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), attempt]);
  }
  const sortedStudents = [...students].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const sortedAssignments = [...assignments].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const rows = sortedStudents.map((student) => {
    const cells = sortedAssignments.map((assignment) =>
      // A student with an extended due date is not missing until their own date has passed.
      gradebookCell(byKey.get(`${student.id}\u0000${assignment.id}`) ?? [], assignment.extendedDueAt?.[student.id] ?? assignment.dueAt, now),
    );
    return { student, cells, summary: summarize(cells) };
  });
  return {
    assignments: sortedAssignments,
    rows,
    assignmentSummaries: sortedAssignments.map((_, index) => summarize(rows.map((row) => row.cells[index]))),
  };
}

export const GRADEBOOK_SORTS = ["name", "average", "late", "missing"] as const;
export type GradebookSort = (typeof GRADEBOOK_SORTS)[number] | `assignment:${string}`;

/** Rows in the order asked for; students without a score sort last either way, then by name. */
export function sortGradebookRows(gradebook: Gradebook, sort: GradebookSort, direction: "asc" | "desc"): GradebookRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const column = sort.startsWith("assignment:") ? gradebook.assignments.findIndex((assignment) => `assignment:${assignment.id}` === sort) : -1;
  const valueOf = (row: GradebookRow): number | null => {
    if (column >= 0) return row.cells[column].best ? percent(row.cells[column].best as Score) : null;
    if (sort === "average") return row.summary.averagePercent;
    if (sort === "late") return row.summary.late;
    if (sort === "missing") return row.summary.missing;
    return null;
  };
  const byName = (a: GradebookRow, b: GradebookRow) => a.student.name.localeCompare(b.student.name) || a.student.email.localeCompare(b.student.email);
  return [...gradebook.rows].sort((a, b) => {
    if (sort === "name") return sign * byName(a, b);
    const [left, right] = [valueOf(a), valueOf(b)];
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    return sign * (left - right) || byName(a, b);
  });
}

/**
 * The gradebook as rows of strings for a CSV file, the same columns as the page: per assignment the
 * best and latest score and the status, then the student's average, submitted, late and missing
 * counts; a last row holds the class average per assignment.
 */
export function gradebookTable(gradebook: Gradebook, rows: GradebookRow[] = gradebook.rows): string[][] {
  const header = ["Student", "Email"];
  for (const assignment of gradebook.assignments) {
    header.push(`${assignment.title} — best %`, `${assignment.title} — latest %`, `${assignment.title} — status`);
  }
  header.push("Average %", "Submitted", "Late", "Missing");
  const summaryCells = (summary: GradebookSummary) => [
    summary.averagePercent === null ? "" : String(summary.averagePercent),
    String(summary.submitted),
    String(summary.late),
    String(summary.missing),
  ];
  const lines = rows.map((row) => {
    const line = [row.student.name, row.student.email];
    for (const cell of row.cells) {
      line.push(cell.best ? String(percent(cell.best)) : "", cell.latest ? String(percent(cell.latest)) : "", STATUS_LABELS[cell.status]);
    }
    return [...line, ...summaryCells(row.summary)];
  });
  const classLine = ["Class average", ""];
  for (const summary of gradebook.assignmentSummaries) classLine.push(summary.averagePercent === null ? "" : String(summary.averagePercent), "", "");
  const all = gradebook.rows.flatMap((row) => row.cells);
  classLine.push(...summaryCells(summarize(all)));
  return [header, ...lines, classLine];
}
