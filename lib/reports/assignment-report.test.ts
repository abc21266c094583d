import { describe, expect, it } from "vitest";
import { buildAssignmentReport, describeResponse, scoreDistribution, type ReportAttempt } from "./assignment-report";

const questions = [
  { itemId: "q1", prompt: "Capital of France?", type: "multiple_choice", choices: ["Paris", "Lyon", "Nice"], answer: "Paris" },
  { itemId: "q2", prompt: "The sky is green.", type: "true_false", choices: [], answer: "False" },
];

const attempt = (userId: string, name: string, submittedAt: string, answers: [string, string, boolean][]): ReportAttempt => ({
  userId,
  studentName: name,
  submittedAt: new Date(submittedAt),
  late: false,
  score: answers.filter(([, , correct]) => correct).length,
  total: 2,
  answers: answers.map(([itemId, response, correct]) => ({ itemId, response, correct })),
});

describe("describeResponse", () => {
  it("reads stored answers the way a teacher would", () => {
    expect(describeResponse(JSON.stringify("Lyon"))).toBe("Lyon");
    expect(describeResponse("false")).toBe("False");
    expect(describeResponse(JSON.stringify(["b", "a"]))).toBe("b → a");
    expect(describeResponse(JSON.stringify([{ left: "x", right: "1" }]))).toBe("x → 1");
    expect(describeResponse("not json")).toBe("not json");
    expect(describeResponse("null")).toBe("(no answer)");
    expect(describeResponse(JSON.stringify(["2", "9"]), "multiple_response")).toBe("2; 9");
  });
});

describe("scoreDistribution", () => {
  it("puts each percentage in its band, 100 % in the top one", () => {
    const buckets = scoreDistribution([0, 9.9, 10, 55, 100, 95]);
    expect(buckets.map((bucket) => bucket.students)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(buckets[9].label).toBe("90–100%");
  });
});

describe("buildAssignmentReport", () => {
  it("counts each student once (latest attempt), the share correct, and which wrong choices were picked", () => {
    const report = buildAssignmentReport(questions, [
      attempt("s1", "Ada", "2025-01-01T10:00:00Z", [["q1", '"Lyon"', false], ["q2", "true", false]]),
      attempt("s1", "Ada", "2025-01-02T10:00:00Z", [["q1", '"Paris"', true], ["q2", "false", true]]),
      attempt("s2", "Bo", "2025-01-01T11:00:00Z", [["q1", '"Lyon"', false], ["q2", "false", true]]),
      attempt("s3", "Cy", "2025-01-01T12:00:00Z", [["q1", '"Lyon"', false]]),
      attempt("s4", "Di", "2025-01-01T12:00:00Z", [["q1", '"Nice"', false], ["q2", "true", false]]),
    ]);
    expect(report.submittedCount).toBe(4);
    const [q1, q2] = report.questions;
    expect(q1).toMatchObject({ answered: 4, correct: 1, shareCorrect: 0.25 });
    expect(q1.wrongAnswers).toEqual([
      { answer: "Lyon", count: 2 },
      { answer: "Nice", count: 1 },
    ]);
    expect(q2).toMatchObject({ answered: 3, correct: 2, wrongAnswers: [{ answer: "True", count: 1 }] });
    expect(report.averagePercent).toBe(Math.round((100 + 50 + 0 + 0) / 4));
    const cy = report.students.find((student) => student.studentName === "Cy");
    expect(cy?.answers).toEqual([
      { itemId: "q1", response: "Lyon", correct: false },
      { itemId: "q2", response: "(no answer)", correct: null },
    ]);
  });

  it("reports questions nobody answered as not answered rather than 0 %", () => {
    const report = buildAssignmentReport(questions, []);
    expect(report.questions[0].shareCorrect).toBeNull();
    expect(report.averagePercent).toBeNull();
  });
});
