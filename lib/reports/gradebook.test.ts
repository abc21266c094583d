import { describe, expect, it } from "vitest";
import { buildGradebook, gradebookCell, gradebookTable, sortGradebookRows, type GradebookAttempt } from "./gradebook";

const at = (iso: string) => new Date(iso);
const attempt = (over: Partial<GradebookAttempt>): GradebookAttempt => ({
  userId: "s1",
  assignmentId: "a1",
  startedAt: at("2025-01-01T10:00:00Z"),
  submittedAt: null,
  late: false,
  score: null,
  total: 10,
  ...over,
});

describe("gradebookCell", () => {
  it("is not started without attempts and in progress with only an open attempt", () => {
    expect(gradebookCell([])).toEqual({ status: "not_started", best: null, latest: null, attempts: 0 });
    expect(gradebookCell([attempt({})]).status).toBe("in_progress");
  });

  it("keeps the best and the latest submitted score apart", () => {
    const cell = gradebookCell([
      attempt({ submittedAt: at("2025-01-01T10:10:00Z"), score: 9 }),
      attempt({ submittedAt: at("2025-01-02T10:10:00Z"), score: 4 }),
      attempt({}),
    ]);
    expect(cell).toEqual({ status: "submitted", best: { score: 9, total: 10 }, latest: { score: 4, total: 10 }, attempts: 3 });
  });

  it("is late when the latest submission was late", () => {
    const cell = gradebookCell([attempt({ submittedAt: at("2025-01-05T00:00:00Z"), score: 7, late: true })]);
    expect(cell.status).toBe("late");
  });
});

describe("buildGradebook", () => {
  it("puts every student on a row and every assignment in a column, by name and due date", () => {
    const gradebook = buildGradebook(
      [
        { id: "s2", name: "Zoe", email: "z@x" },
        { id: "s1", name: "Ada", email: "a@x" },
      ],
      [
        { id: "a2", title: "Later", dueAt: at("2025-02-01T00:00:00Z") },
        { id: "a1", title: "Sooner", dueAt: at("2025-01-01T00:00:00Z") },
      ],
      [attempt({ userId: "s2", assignmentId: "a2", submittedAt: at("2025-01-20T00:00:00Z"), score: 5 })],
      at("2024-12-01T00:00:00Z"),
    );
    expect(gradebook.rows.map((row) => row.student.name)).toEqual(["Ada", "Zoe"]);
    expect(gradebook.assignments.map((assignment) => assignment.title)).toEqual(["Sooner", "Later"]);
    expect(gradebook.rows[1].cells.map((cell) => cell.status)).toEqual(["not_started", "submitted"]);
    expect(gradebook.rows[0].cells.map((cell) => cell.status)).toEqual(["not_started", "not_started"]);

    const table = gradebookTable(gradebook);
    expect(table[0]).toEqual([
      "Student", "Email", "Sooner — best %", "Sooner — latest %", "Sooner — status", "Later — best %", "Later — latest %", "Later — status",
      "Average %", "Submitted", "Late", "Missing",
    ]);
    expect(table[2]).toEqual(["Zoe", "z@x", "", "", "Not started", "50", "50", "Submitted", "50", "1", "0", "0"]);
  });
});

describe("averages, late and missing, sorting", () => {
  // Ada: a1 9/10 (90 %), a2 6/10 late (60 %), a3 not due yet → average (90 + 60) / 2 = 75, 1 late, 0 missing.
  // Bea: a1 4/10 (40 %), a2 8/10 (80 %), a3 started, not due yet → average 60, 0 late, 0 missing.
  // Cy: nothing; a1 and a2 past due → missing 2, no average.
  // Per assignment: a1 (90 + 40) / 2 = 65; a2 (60 + 80) / 2 = 70; a3 none.
  const now = at("2025-03-01T00:00:00Z");
  const gradebook = buildGradebook(
    [
      { id: "ada", name: "Ada", email: "ada@x" },
      { id: "bea", name: "Bea", email: "bea@x" },
      { id: "cy", name: "Cy", email: "cy@x" },
    ],
    [
      { id: "a1", title: "One", dueAt: at("2025-01-01T00:00:00Z") },
      { id: "a2", title: "Two", dueAt: at("2025-02-01T00:00:00Z") },
      { id: "a3", title: "Three", dueAt: at("2025-04-01T00:00:00Z") },
    ],
    [
      attempt({ userId: "ada", assignmentId: "a1", submittedAt: at("2024-12-30T00:00:00Z"), score: 9 }),
      attempt({ userId: "ada", assignmentId: "a2", submittedAt: at("2025-02-02T00:00:00Z"), score: 6, late: true }),
      attempt({ userId: "bea", assignmentId: "a1", submittedAt: at("2024-12-30T00:00:00Z"), score: 4 }),
      attempt({ userId: "bea", assignmentId: "a2", submittedAt: at("2025-01-30T00:00:00Z"), score: 8 }),
      attempt({ userId: "bea", assignmentId: "a3" }),
    ],
    now,
  );
  const ada = gradebook.rows[0];
  const names = (rows: { student: { name: string } }[]) => rows.map((row) => row.student.name);

  it("does not mark missing a student whose own extended due date has not passed", () => {
    const extended = buildGradebook(
      [
        { id: "ada", name: "Ada", email: "ada@x" },
        { id: "cy", name: "Cy", email: "cy@x" },
      ],
      [{ id: "a1", title: "One", dueAt: at("2025-01-01T00:00:00Z"), extendedDueAt: { cy: at("2025-03-15T00:00:00Z") } }],
      [],
      now,
    );
    expect(extended.rows.map((row) => row.cells[0].status)).toEqual(["missing", "not_started"]);
    expect(extended.assignmentSummaries[0].missing).toBe(1);
  });

  it("marks a past-due assignment with nothing submitted as missing, not one still open", () => {
    expect(ada.cells.map((cell) => cell.status)).toEqual(["submitted", "late", "not_started"]);
    expect(gradebook.rows[2].cells.map((cell) => cell.status)).toEqual(["missing", "missing", "not_started"]);
    expect(gradebook.rows[1].cells[2].status).toBe("in_progress");
    expect(gradebookCell([attempt({ userId: "x" })], at("2025-01-01T00:00:00Z"), now).status).toBe("missing");
  });

  it("averages each student's and each assignment's best scores", () => {
    expect(gradebook.rows.map((row) => row.summary)).toEqual([
      { averagePercent: 75, submitted: 2, late: 1, missing: 0 },
      { averagePercent: 60, submitted: 2, late: 0, missing: 0 },
      { averagePercent: null, submitted: 0, late: 0, missing: 2 },
    ]);
    expect(gradebook.assignmentSummaries.map((summary) => summary.averagePercent)).toEqual([65, 70, null]);
  });

  it("sorts by average, by an assignment, by missing; students without a score last", () => {
    expect(names(sortGradebookRows(gradebook, "average", "desc"))).toEqual(["Ada", "Bea", "Cy"]);
    expect(names(sortGradebookRows(gradebook, "average", "asc"))).toEqual(["Bea", "Ada", "Cy"]);
    expect(names(sortGradebookRows(gradebook, "assignment:a2", "desc"))).toEqual(["Bea", "Ada", "Cy"]);
    expect(names(sortGradebookRows(gradebook, "missing", "desc"))).toEqual(["Cy", "Ada", "Bea"]);
    expect(names(sortGradebookRows(gradebook, "name", "desc"))).toEqual(["Cy", "Bea", "Ada"]);
  });

  it("writes the same columns to the CSV, with the class average last", () => {
    const table = gradebookTable(gradebook);
    expect(table[1]).toEqual(["Ada", "ada@x", "90", "90", "Submitted", "60", "60", "Late", "", "", "Not started", "75", "2", "1", "0"]);
    expect(table[3]).toEqual(["Cy", "cy@x", "", "", "Missing", "", "", "Missing", "", "", "Not started", "", "0", "0", "2"]);
    // Class: (90 + 60 + 40 + 80) / 4 = 67.5 → 68; 4 submitted, 1 late, 2 missing.
    expect(table[4]).toEqual(["Class average", "", "65", "", "", "70", "", "", "", "", "", "68", "4", "1", "2"]);
  });
});
