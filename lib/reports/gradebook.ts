// Gradebook math: students × assignments from attempt rows. Pure, so it is tested without a database.

export type AttemptStatus = "not_started" | "in_progress" | "submitted" | "late";

export const STATUS_LABELS: Record<AttemptStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Late",
};

export type GradebookStudent = { id: string; name: string; email: string };
export type GradebookAssignment = { id: string; title: string; dueAt: Date };
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
export type GradebookRow = { student: GradebookStudent; cells: GradebookCell[] };
export type Gradebook = { assignments: GradebookAssignment[]; rows: GradebookRow[] };

export function percent(score: Score): number {
  return score.total > 0 ? Math.round((score.score / score.total) * 100) : 0;
}

/** One cell: the best and the latest submitted score, and where the student stands. */
export function gradebookCell(attempts: GradebookAttempt[]): GradebookCell {
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
  else if (attempts.length > 0) status = "in_progress";
  return { status, best, latest: latestAttempt ? scoreOf(latestAttempt) : null, attempts: attempts.length };
}

export function buildGradebook(
  students: GradebookStudent[],
  assignments: GradebookAssignment[],
  attempts: GradebookAttempt[],
): Gradebook {
  const byKey = new Map<string, GradebookAttempt[]>();
  for (const attempt of attempts) {
    const key = `${attempt.userId}\u0000${attempt.assignmentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), attempt]);
  }
  const sortedStudents = [...students].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const sortedAssignments = [...assignments].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    assignments: sortedAssignments,
    rows: sortedStudents.map((student) => ({
      student,
      cells: sortedAssignments.map((assignment) => gradebookCell(byKey.get(`${student.id}\u0000${assignment.id}`) ?? [])),
    })),
  };
}

/** The gradebook as rows of strings for a CSV file: one line per student, best score and status per assignment. */
export function gradebookTable(gradebook: Gradebook): string[][] {
  const header = ["Student", "Email"];
  for (const assignment of gradebook.assignments) {
    header.push(`${assignment.title} — best %`, `${assignment.title} — latest %`, `${assignment.title} — status`);
  }
  const rows = gradebook.rows.map((row) => {
    const line = [row.student.name, row.student.email];
    for (const cell of row.cells) {
      line.push(cell.best ? String(percent(cell.best)) : "", cell.latest ? String(percent(cell.latest)) : "", STATUS_LABELS[cell.status]);
    }
    return line;
  });
  return [header, ...rows];
}
