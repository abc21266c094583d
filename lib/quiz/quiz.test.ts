import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import { submitAnswerSchema } from "@/lib/validations/quiz";
import {
  finishAttempt,
  getAttemptView,
  retryMissed,
  startAssignmentAttempt,
  startPracticeAttempt,
  submitAnswer,
  type AttemptView,
} from "@/lib/quiz";
import { QUESTIONS, itemIdOf, makeAssignment, makeSet, makeUser } from "./test-fixtures";

// Integration tests on the real SQLite file: the engine as the routes and pages call it.

const SECRETS = QUESTIONS.flatMap((q) => [q.explanation, q.source.quote]);
const keyFields = /"(answer|accepted|pairs|items|explanation|source|expected|correct)"/;

async function refusal(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

async function startPractice() {
  const user = await makeUser();
  const setId = await makeSet();
  const { attemptId } = await startPracticeAttempt(user, setId, { seed: "fixed" });
  return { user, setId, attemptId, item: (key: string) => itemIdOf(setId, key) };
}

function questionOf(view: AttemptView, itemId: string) {
  const found = view.questions.find((q) => q.question.itemId === itemId);
  if (!found) throw new Error("question missing from view");
  return found;
}

describe("practice quiz: answer keys stay on the server until answered", () => {
  it("the view before answering has prompts and options but no answer, explanation, source or right order", async () => {
    const { user, attemptId, item } = await startPractice();
    const view = await getAttemptView(user, attemptId);
    expect(view.questions).toHaveLength(5);
    const json = JSON.stringify(view);
    expect(json).not.toMatch(keyFields);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
    const ordering = questionOf(view, await item("q-order")).question;
    expect(ordering.type === "ordering" && ordering.options).not.toEqual(["First survey", "Mass bleaching", "Recovery plan"]);
    const matching = questionOf(view, await item("q-match")).question;
    expect(matching.type === "matching" && matching.options).not.toEqual(["Pacific", "Atlantic", "Indian"]);
  });

  it("after answering one question, that question (only) carries its feedback, explanation and source", async () => {
    const { user, attemptId, item } = await startPractice();
    const fill = await item("q-fill");
    const saved = await submitAnswer(user, attemptId, fill, "  Bleeching ");
    expect(saved.result).toMatchObject({ status: "graded", correct: true, expected: "bleaching", explanation: QUESTIONS[2].explanation });
    const view = await getAttemptView(user, attemptId);
    expect(questionOf(view, fill).result).toMatchObject({ status: "graded", correct: true, source: { quote: QUESTIONS[2].source.quote } });
    const others = JSON.stringify(view.questions.filter((q) => q.question.itemId !== fill));
    for (const secret of SECRETS.filter((s) => !s.includes("FILL"))) expect(others).not.toContain(secret);
  });

  it("grades every type on the server and scores the attempt once", async () => {
    const { user, attemptId, item } = await startPractice();
    await submitAnswer(user, attemptId, await item("q-mc"), "Polyps");
    await submitAnswer(user, attemptId, await item("q-tf"), true);
    await submitAnswer(user, attemptId, await item("q-match"), [
      { left: "Great Barrier Reef", right: "Pacific" },
      { left: "Belize Reef", right: "Atlantic" },
      { left: "Maldives atolls", right: "Indian" },
    ]);
    const order = await submitAnswer(user, attemptId, await item("q-order"), ["First survey", "Mass bleaching", "Recovery plan"]);
    expect(order.result).toMatchObject({ correct: true });
    const first = await finishAttempt(user, attemptId);
    expect(first).toMatchObject({ score: 3, total: 5, answered: 4, missed: 2 });
    const again = await finishAttempt(user, attemptId);
    expect(again).toEqual(first);
    await expect(refusal(submitAnswer(user, attemptId, await item("q-fill"), "bleaching"))).resolves.toMatchObject({ status: 409 });
  });

  it("a repeated submission is stored once and never changes the stored answer", async () => {
    const { user, attemptId, item } = await startPractice();
    const mc = await item("q-mc");
    const [a, b] = await Promise.all([submitAnswer(user, attemptId, mc, "Kelp"), submitAnswer(user, attemptId, mc, "Kelp")]);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    const changed = await submitAnswer(user, attemptId, mc, "Polyps");
    expect(changed).toMatchObject({ repeated: true, result: { correct: false, response: "Kelp" } });
    const rows = await db.quizAnswer.findMany({ where: { attemptId, itemId: mc } });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].response)).toBe("Kelp");
  });

  it("refuses a wrong type, an option not shown, an unknown question and an oversized answer, storing nothing", async () => {
    const { user, attemptId, item } = await startPractice();
    const cases: [string, unknown, number][] = [
      [await item("q-mc"), true, 422],
      [await item("q-mc"), "Not a choice", 422],
      [await item("q-tf"), "maybe", 422],
      [await item("q-match"), ["Pacific"], 422],
      [await item("q-match"), [{ left: "Great Barrier Reef", right: "Arctic" }, { left: "Belize Reef", right: "Atlantic" }, { left: "Maldives atolls", right: "Indian" }], 422],
      [await item("q-order"), ["First survey", "First survey", "Recovery plan"], 422],
      [await item("q-fill"), "   ", 422],
      ["no-such-item", "Polyps", 404],
    ];
    for (const [itemId, response, status] of cases) {
      const error = await refusal(submitAnswer(user, attemptId, itemId, response as never));
      expect(error.status, `${itemId} ${JSON.stringify(response)}`).toBe(status);
      expect(error.message.length).toBeGreaterThan(10);
    }
    // An item of another set is just as unknown to this attempt.
    const otherSet = await makeSet();
    expect((await refusal(submitAnswer(user, attemptId, await itemIdOf(otherSet, "q-mc"), "Polyps"))).status).toBe(404);
    expect(submitAnswerSchema.safeParse({ itemId: "x", response: "y".repeat(501) }).success).toBe(false);
    expect(submitAnswerSchema.safeParse({ itemId: "x", response: Array.from({ length: 31 }, () => "a") }).success).toBe(false);
    expect(submitAnswerSchema.safeParse({ itemId: "x", response: { left: "a" } }).success).toBe(false);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("another learner's attempt is a 404 for reading, answering and finishing, and nothing changes", async () => {
    const { attemptId, item } = await startPractice();
    const stranger = await makeUser();
    expect((await refusal(getAttemptView(stranger, attemptId))).status).toBe(404);
    expect((await refusal(submitAnswer(stranger, attemptId, await item("q-mc"), "Polyps"))).status).toBe(404);
    expect((await refusal(finishAttempt(stranger, attemptId))).status).toBe(404);
    expect((await refusal(retryMissed(stranger, attemptId))).status).toBe(404);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: true } });
    expect(row.submittedAt).toBeNull();
    expect(row.answers).toHaveLength(0);
  });

  it("a private set of someone else cannot be quizzed", async () => {
    const owner = await makeUser("TEACHER");
    const setId = await makeSet(owner.id, "PRIVATE");
    const student = await makeUser();
    expect((await refusal(startPracticeAttempt(student, setId))).status).toBe(404);
    expect(await db.quizAttempt.count({ where: { setId } })).toBe(0);
  });

  it("starting twice resumes the open quiz; retry holds only the missed questions", async () => {
    const { user, setId, attemptId, item } = await startPractice();
    expect(await startPracticeAttempt(user, setId)).toEqual({ attemptId, resumed: true });
    await submitAnswer(user, attemptId, await item("q-mc"), "Polyps");
    await submitAnswer(user, attemptId, await item("q-tf"), true);
    expect((await refusal(retryMissed(user, attemptId))).status).toBe(409);
    await finishAttempt(user, attemptId);
    const retry = await retryMissed(user, attemptId);
    const view = await getAttemptView(user, retry.attemptId);
    const retried = view.questions.map((q) => q.question.itemId).sort();
    expect(retried).toEqual([await item("q-tf"), await item("q-fill"), await item("q-match"), await item("q-order")].sort());
    expect(view.total).toBe(4);
  });

  it("a short quiz on a big set still meets every question type", async () => {
    const user = await makeUser();
    const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true }, select: { id: true } });
    const { attemptId } = await startPracticeAttempt(user, sample.id, { count: 6 });
    const view = await getAttemptView(user, attemptId);
    expect(view.total).toBe(6);
    expect(new Set(view.questions.map((q) => q.question.type))).toEqual(new Set(["multiple_choice", "true_false", "fill_in", "matching", "ordering"]));
  });
});

describe("assignment attempts", () => {
  const hour = 3_600_000;

  it("requires membership of the assignment's class", async () => {
    const { assignment } = await makeAssignment();
    const outsider = await makeUser();
    expect((await refusal(startAssignmentAttempt(outsider, assignment.id))).status).toBe(404);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  it("a student removed from the class can no longer answer", async () => {
    const { student, assignment, classroom, setId } = await makeAssignment();
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    await db.classMembership.delete({ where: { classId_userId: { classId: classroom.id, userId: student.id } } });
    expect((await refusal(submitAnswer(student, attemptId, await itemIdOf(setId, "q-mc"), "Polyps"))).status).toBe(404);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("is refused before it opens", async () => {
    const { student, assignment } = await makeAssignment({ opensAt: new Date(Date.now() + hour), dueAt: new Date(Date.now() + 2 * hour) });
    const error = await refusal(startAssignmentAttempt(student, assignment.id));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/opens at/);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  it("enforces the attempts limit, resuming the open attempt instead of starting another", async () => {
    const { student, assignment } = await makeAssignment({ attemptsAllowed: 2 });
    const first = await startAssignmentAttempt(student, assignment.id);
    expect(await startAssignmentAttempt(student, assignment.id)).toEqual({ attemptId: first.attemptId, resumed: true });
    await finishAttempt(student, first.attemptId);
    const second = await startAssignmentAttempt(student, assignment.id);
    expect(second.resumed).toBe(false);
    await finishAttempt(student, second.attemptId);
    const error = await refusal(startAssignmentAttempt(student, assignment.id));
    expect(error).toMatchObject({ status: 409 });
    expect(error.message).toMatch(/used your 2 attempts/);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(2);
  });

  it("a time limit sets the deadline; a late answer is refused and the attempt is submitted with what was saved", async () => {
    const { student, assignment, setId } = await makeAssignment({ timeLimitMinutes: 10 });
    const start = new Date();
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, { now: start });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.deadline?.getTime()).toBe(start.getTime() + 10 * 60_000);
    await submitAnswer(student, attemptId, await itemIdOf(setId, "q-mc"), "Polyps", new Date(start.getTime() + 60_000));
    const afterDeadline = new Date(start.getTime() + 11 * 60_000);
    const error = await refusal(submitAnswer(student, attemptId, await itemIdOf(setId, "q-tf"), false, afterDeadline));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/Time is up/);
    expect(error.code).toBe("time_up");
    const finished = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: true } });
    expect(finished).toMatchObject({ score: 1, total: 5, late: false });
    expect(finished.submittedAt?.getTime()).toBe(row.deadline?.getTime());
    expect(finished.answers).toHaveLength(1);
  });

  it("an expired attempt is submitted when it is next read", async () => {
    const { student, assignment } = await makeAssignment({ timeLimitMinutes: 5 });
    const start = new Date(Date.now() - 10 * 60_000);
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, { now: start });
    const view = await getAttemptView(student, attemptId);
    expect(view.submittedAt).toBe(new Date(start.getTime() + 5 * 60_000).toISOString());
    expect(view.score).toBe(0);
  });

  it("a submission after the due date is accepted and marked late; one before is not", async () => {
    const late = await makeAssignment({ opensAt: new Date(Date.now() - 3 * hour), dueAt: new Date(Date.now() - hour) });
    const lateAttempt = await startAssignmentAttempt(late.student, late.assignment.id);
    await submitAnswer(late.student, lateAttempt.attemptId, await itemIdOf(late.setId, "q-tf"), false);
    expect(await finishAttempt(late.student, lateAttempt.attemptId)).toMatchObject({ late: true, score: 1 });

    const onTime = await makeAssignment();
    const onTimeAttempt = await startAssignmentAttempt(onTime.student, onTime.assignment.id);
    expect(await finishAttempt(onTime.student, onTimeAttempt.attemptId)).toMatchObject({ late: false });
  });

  it("shuffles questions and choices once per attempt: stable across reads, different between students", async () => {
    const { student, assignment, classroom, setId } = await makeAssignment({ shuffleQuestions: true, shuffleChoices: true });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, { seed: "seed-a" });
    const orderOf = (view: AttemptView) => view.questions.map((q) => [q.question.itemId, "choices" in q.question ? q.question.choices : null]);
    const first = orderOf(await getAttemptView(student, attemptId));
    expect(orderOf(await getAttemptView(student, attemptId))).toEqual(first);
    expect(first.map(([id]) => id)).not.toEqual(
      await Promise.all(["q-mc", "q-tf", "q-fill", "q-match", "q-order"].map((key) => itemIdOf(setId, key))),
    );
    const classmate = await makeUser();
    await db.classMembership.create({ data: { classId: classroom.id, userId: classmate.id } });
    const other = await startAssignmentAttempt(classmate, assignment.id, { seed: "seed-b" });
    expect(orderOf(await getAttemptView(classmate, other.attemptId))).not.toEqual(first);
  });

  it("keeps questions in the teacher's order when shuffling is off", async () => {
    const { student, assignment, setId } = await makeAssignment();
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    const view = await getAttemptView(student, attemptId);
    const expected = await Promise.all(["q-mc", "q-tf", "q-fill", "q-match", "q-order"].map((key) => itemIdOf(setId, key)));
    expect(view.questions.map((q) => q.question.itemId)).toEqual(expected);
    const mc = view.questions[0].question;
    expect(mc.type === "multiple_choice" && mc.choices).toEqual(["Polyps", "Sponges", "Kelp", "Plankton"]);
  });

  it("with answers hidden, an answer is only 'recorded', even after submitting", async () => {
    const { student, assignment, setId } = await makeAssignment({ showAnswers: false });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    const saved = await submitAnswer(student, attemptId, await itemIdOf(setId, "q-mc"), "Kelp");
    expect(saved.result).toEqual({ status: "recorded", response: "Kelp" });
    await finishAttempt(student, attemptId);
    const json = JSON.stringify(await getAttemptView(student, attemptId));
    expect(json).not.toMatch(keyFields);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
    const stored = await db.quizAnswer.findFirstOrThrow({ where: { attemptId } });
    expect(stored).toMatchObject({ response: JSON.stringify("Kelp"), correct: false });
  });
});
