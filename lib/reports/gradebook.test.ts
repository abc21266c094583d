import { describe, expect, it } from "vitest";
import { buildGradebook, gradebookCell, gradebookTable, type GradebookAttempt } from "./gradebook";

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
    );
    expect(gradebook.rows.map((row) => row.student.name)).toEqual(["Ada", "Zoe"]);
    expect(gradebook.assignments.map((assignment) => assignment.title)).toEqual(["Sooner", "Later"]);
    expect(gradebook.rows[1].cells.map((cell) => cell.status)).toEqual(["not_started", "submitted"]);
    expect(gradebook.rows[0].cells.map((cell) => cell.status)).toEqual(["not_started", "not_started"]);

    const table = gradebookTable(gradebook);
    expect(table[0]).toEqual(["Student", "Email", "Sooner — best %", "Sooner — latest %", "Sooner — status", "Later — best %", "Later — latest %", "Later — status"]);
    expect(table[2]).toEqual(["Zoe", "z@x", "", "", "Not started", "50", "50", "Submitted"]);
  });
});
