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
  submitExpiredAttempts,
  type AttemptView,
} from "@/lib/quiz";
import { getStudentAssignment } from "@/lib/data/quiz";
import type { Question } from "@/lib/generator/types";
import { isAskable } from "./askable";
import { GIVEAWAYS, QUESTIONS, itemIdOf, makeAssignment, makeSet, makeUser } from "./test-fixtures";

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

  it("a short quiz on a big set still meets every question type it may ask, one question per sentence", async () => {
    const user = await makeUser();
    const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true }, select: { id: true } });
    const items = await db.studyItem.findMany({ where: { setId: sample.id, kind: "QUESTION", retired: false }, select: { id: true, data: true } });
    const askableTypes = new Set(items.map((item) => JSON.parse(item.data) as Question).filter(isAskable).map((q) => q.type));
    expect(askableTypes.size).toBeGreaterThanOrEqual(4);
    const { attemptId } = await startPracticeAttempt(user, sample.id, { count: 6 });
    const view = await getAttemptView(user, attemptId);
    expect(view.total).toBe(6);
    expect(new Set(view.questions.map((q) => q.question.type))).toEqual(askableTypes);
    const quotes = view.questions.map((q) => (JSON.parse(items.find((item) => item.id === q.question.itemId)!.data) as Question).source.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
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

  it("an expired attempt reads as submitted at its deadline, and only the sweep stores it", async () => {
    const { student, assignment, setId } = await makeAssignment({ timeLimitMinutes: 5 });
    const start = new Date(Date.now() - 10 * 60_000);
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, { now: start });
    await submitAnswer(student, attemptId, await itemIdOf(setId, "q-mc"), "Polyps", new Date(start.getTime() + 60_000));
    const deadline = new Date(start.getTime() + 5 * 60_000);

    const view = await getAttemptView(student, attemptId);
    expect(view.submittedAt).toBe(deadline.toISOString());
    expect(view.score).toBe(1);
    // Reading wrote nothing: the teacher's gradebook learns of it from the sweep.
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();

    expect(await submitExpiredAttempts()).toBeGreaterThanOrEqual(1);
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ score: 1, late: false });
    expect(stored.submittedAt?.getTime()).toBe(deadline.getTime());
    // A second sweep (another app server, say) finds nothing left to close for this attempt.
    await submitExpiredAttempts();
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt?.getTime()).toBe(deadline.getTime());
  });

  it("the student's assignment page counts an expired attempt as a submission before the sweep runs", async () => {
    const { student, assignment } = await makeAssignment({ timeLimitMinutes: 5 });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, { now: new Date(Date.now() - 10 * 60_000) });
    const page = await getStudentAssignment(student, assignment.id);
    expect(page?.openAttemptId).toBeNull();
    expect(page?.status).toBe("submitted");
    expect(page?.attempts.find((a) => a.id === attemptId)?.submittedAt).not.toBeNull();
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

describe("feedback during an assignment and the review after it (issue 11 item 2)", () => {
  it("each answer is only 'saved' while the attempt is open; the submitted attempt's review shows answers, explanations and sources", async () => {
    const { student, assignment, setId } = await makeAssignment({ showAnswers: true });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    const mc = await itemIdOf(setId, "q-mc");
    const saved = await submitAnswer(student, attemptId, mc, "Kelp");
    expect(saved.result).toEqual({ status: "recorded", response: "Kelp" });
    expect((await submitAnswer(student, attemptId, mc, "Kelp")).result).toEqual({ status: "recorded", response: "Kelp" });
    const during = await getAttemptView(student, attemptId);
    expect(during.revealsAnswers).toBe(false);
    const duringJson = JSON.stringify(during);
    expect(duringJson).not.toMatch(keyFields);
    for (const secret of SECRETS) expect(duringJson).not.toContain(secret);

    await finishAttempt(student, attemptId);
    const review = await getAttemptView(student, attemptId);
    expect(review.revealsAnswers).toBe(true);
    expect(questionOf(review, mc).result).toMatchObject({
      status: "graded", correct: false, expected: "Polyps", explanation: QUESTIONS[0].explanation, source: { quote: QUESTIONS[0].source.quote },
    });
  });

  it("with attempts left, a submitted attempt's review keeps the answers until the last attempt is used", async () => {
    const { student, assignment, setId } = await makeAssignment({ showAnswers: true, attemptsAllowed: 2 });
    const first = await startAssignmentAttempt(student, assignment.id);
    await submitAnswer(student, first.attemptId, await itemIdOf(setId, "q-mc"), "Kelp");
    await finishAttempt(student, first.attemptId);
    const review = JSON.stringify(await getAttemptView(student, first.attemptId));
    for (const secret of SECRETS) expect(review).not.toContain(secret);
    const second = await startAssignmentAttempt(student, assignment.id);
    await finishAttempt(student, second.attemptId);
    const afterLast = await getAttemptView(student, first.attemptId);
    expect(afterLast.revealsAnswers).toBe(true);
    expect(JSON.stringify(afterLast)).toContain(QUESTIONS[0].explanation);
  });
});

describe("questions that give themselves away (issue 11 item 3)", () => {
  const content = { title: "Reefs", flashcards: [], questions: [...QUESTIONS, ...GIVEAWAYS] };

  it("a practice quiz and an assignment never ask an ordering of two items or a matching of two pairs", async () => {
    const user = await makeUser();
    const setId = await makeSet(null, "PUBLIC", content);
    const giveaways = await Promise.all(GIVEAWAYS.map((q) => itemIdOf(setId, q.id)));
    const practice = await getAttemptView(user, (await startPracticeAttempt(user, setId, { count: 50 })).attemptId);
    expect(practice.total).toBe(QUESTIONS.length);
    expect(practice.questions.map((q) => q.question.itemId)).not.toEqual(expect.arrayContaining([giveaways[0]]));
    expect(practice.questions.map((q) => q.question.itemId)).not.toEqual(expect.arrayContaining([giveaways[1]]));

    const teacher = await makeUser("TEACHER");
    const ownSet = await makeSet(teacher.id, "PRIVATE", content);
    const { student, assignment } = await makeAssignment({ setId: ownSet });
    const attempt = await getAttemptView(student, (await startAssignmentAttempt(student, assignment.id)).attemptId);
    const asked = attempt.questions.map((q) => q.question.prompt);
    expect(asked).toHaveLength(QUESTIONS.length);
    for (const q of GIVEAWAYS) expect(asked).not.toContain(q.prompt);
  });
});

describe("a fair draw per student (issue 15)", () => {
  // Ten questions from five sentences: two per sentence, of different types.
  const sentence = (n: number) => ({ section: "Reefs", quote: `SENTENCE-${n} of the article.` });
  const questions: Question[] = [0, 1, 2, 3, 4].flatMap((n) => [
    { ...QUESTIONS[0], id: `mc-${n}`, prompt: `MC about sentence ${n}?`, source: sentence(n) },
    { ...QUESTIONS[1], id: `tf-${n}`, prompt: `TF about sentence ${n}.`, source: sentence(n) },
  ]);
  const content = { title: "Draws", flashcards: [], questions: [...questions, { ...QUESTIONS[2], id: "fill-0", source: sentence(0) }] };

  async function drawnFor(student: { id: string }, assignmentId: string, seed: string) {
    const { attemptId } = await startAssignmentAttempt(student, assignmentId, { seed });
    const view = await getAttemptView(student, attemptId);
    return { attemptId, view, prompts: view.questions.map((q) => q.question.prompt) };
  }

  it("each student draws the teacher's count of the chosen types, one per sentence, kept across reloads", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await makeSet(teacher.id, "PRIVATE", content);
    const { student, assignment, classroom } = await makeAssignment({ setId, questionCount: 4, questionTypes: ["multiple_choice", "true_false"], shuffleQuestions: true });
    const classmate = await makeUser();
    await db.classMembership.create({ data: { classId: classroom.id, userId: classmate.id } });

    const mine = await drawnFor(student, assignment.id, "student-1");
    const theirs = await drawnFor(classmate, assignment.id, "student-2");
    for (const draw of [mine, theirs]) {
      expect(draw.view.total).toBe(4);
      expect(draw.view.questions.every((q) => q.question.type === "multiple_choice" || q.question.type === "true_false")).toBe(true);
      const sentences = draw.prompts.map((prompt) => prompt.match(/sentence (\d)/)![1]);
      expect(new Set(sentences).size).toBe(4);
    }
    expect(theirs.prompts).not.toEqual(mine.prompts);
    expect((await getAttemptView(student, mine.attemptId)).questions.map((q) => q.question.prompt)).toEqual(mine.prompts);
    expect(await startAssignmentAttempt(student, assignment.id)).toEqual({ attemptId: mine.attemptId, resumed: true });
  });

  it("without a count, draws one question from every sentence", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await makeSet(teacher.id, "PRIVATE", content);
    const { student, assignment } = await makeAssignment({ setId });
    const { view } = await drawnFor(student, assignment.id, "all");
    expect(view.total).toBe(5);
  });

  it("a practice quiz also draws at most one question per sentence", async () => {
    const user = await makeUser();
    const setId = await makeSet(null, "PUBLIC", content);
    const view = await getAttemptView(user, (await startPracticeAttempt(user, setId, { count: 10, seed: "p" })).attemptId);
    expect(view.total).toBe(5);
    expect(new Set(view.questions.map((q) => q.question.type))).toEqual(new Set(["multiple_choice", "true_false", "fill_in"]));
  });
});

describe("accommodations and late marking (issue 15)", () => {
  const hour = 3_600_000;

  it("extra attempts and extra minutes for one student; the classmate keeps the assignment's terms", async () => {
    const { student, assignment, classroom } = await makeAssignment({ attemptsAllowed: 1, timeLimitMinutes: 10 });
    const classmate = await makeUser();
    await db.classMembership.create({ data: { classId: classroom.id, userId: classmate.id } });
    await db.assignmentAccommodation.create({ data: { assignmentId: assignment.id, userId: student.id, extraAttempts: 1, extraMinutes: 15 } });

    const start = new Date();
    const first = await startAssignmentAttempt(student, assignment.id, { now: start });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } });
    expect(row.deadline?.getTime()).toBe(start.getTime() + 25 * 60_000);
    await finishAttempt(student, first.attemptId);
    const second = await startAssignmentAttempt(student, assignment.id);
    await finishAttempt(student, second.attemptId);
    expect((await refusal(startAssignmentAttempt(student, assignment.id))).message).toMatch(/used your 2 attempts/);

    const theirs = await startAssignmentAttempt(classmate, assignment.id, { now: start });
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: theirs.attemptId } })).deadline?.getTime()).toBe(start.getTime() + 10 * 60_000);
    await finishAttempt(classmate, theirs.attemptId);
    expect((await refusal(startAssignmentAttempt(classmate, assignment.id))).message).toMatch(/used your 1 attempt/);
  });

  it("a submission after the due date is late, unless the student's own due date was extended past it", async () => {
    const { student, assignment, classroom } = await makeAssignment({ opensAt: new Date(Date.now() - 3 * hour), dueAt: new Date(Date.now() - hour) });
    const classmate = await makeUser();
    await db.classMembership.create({ data: { classId: classroom.id, userId: classmate.id } });
    await db.assignmentAccommodation.create({ data: { assignmentId: assignment.id, userId: student.id, dueAt: new Date(Date.now() + hour) } });
    const extended = await startAssignmentAttempt(student, assignment.id);
    expect(await finishAttempt(student, extended.attemptId)).toMatchObject({ late: false });
    const late = await startAssignmentAttempt(classmate, assignment.id);
    expect(await finishAttempt(classmate, late.attemptId)).toMatchObject({ late: true });
  });
});

describe("one open attempt and the attempts allowed hold when starts arrive together", () => {
  it("eight simultaneous starts make one attempt; with it submitted, eight more make one more and no third", async () => {
    const { student, assignment } = await makeAssignment({ attemptsAllowed: 2 });
    const starts = () => Promise.allSettled(Array.from({ length: 8 }, (_, i) => startAssignmentAttempt(student, assignment.id, { seed: `s${i}` })));
    const first = await starts();
    const ids = new Set(first.map((result) => (result.status === "fulfilled" ? result.value.attemptId : "refused")));
    expect(ids.size).toBe(1);
    await finishAttempt(student, [...ids][0]);
    const second = await starts();
    expect(new Set(second.map((result) => (result.status === "fulfilled" ? result.value.attemptId : "refused"))).size).toBe(1);
    await finishAttempt(student, (second.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<{ attemptId: string }>).value.attemptId);
    const third = await starts();
    expect(third.every((result) => result.status === "rejected")).toBe(true);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(2);
  });
});
