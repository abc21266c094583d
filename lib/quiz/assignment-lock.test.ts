import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getExportableSet } from "@/lib/data/set-exports";
import { getStudySession, getStudySet, listClozePrompts, listLearnQuestions, listMatchRounds } from "@/lib/data/study";
import { checkPractice } from "@/lib/study/practice";
import { HttpError } from "@/lib/errors";
import { finishAttempt, getAttemptView, retryMissed, startAssignmentAttempt, startPracticeAttempt, submitAnswer } from "@/lib/quiz";
import { FREE_CARD_KEYS, LOCKED_CARD_KEYS, QUESTIONS, itemIdOf, makeAssignment, makeSet, makeUser } from "./test-fixtures";

// Issue 11 item 1, on the real database: a student with an assignment still to take walks every
// route that could reveal an answer (each named by the route or page that calls it) and gets none.

const hour = 3_600_000;
const ANSWER_SECRETS = [...QUESTIONS.flatMap((q) => [q.explanation, q.source.quote]), "CARD-BACK-polyp colonies", ...LOCKED_CARD_KEYS.map((key) => `EXPLAIN-${key}`)];

async function statusOf(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  return (error as HttpError).status;
}

async function keysOf(setId: string, keys: string[]) {
  return Promise.all(keys.map((key) => itemIdOf(setId, key)));
}

async function itemsOf(setId: string) {
  const questionIds = await keysOf(setId, QUESTIONS.map((q) => q.id));
  const lockedCards = await keysOf(setId, LOCKED_CARD_KEYS);
  const freeCards = await keysOf(setId, FREE_CARD_KEYS);
  return { questionIds, lockedCards, freeCards };
}

describe("an assignment still to take locks its set's answers for that student", () => {
  it("every route refuses or leaves out the questions and the cards made from their sentences; the rest stays open", async () => {
    const { student, setId } = await makeAssignment();
    const learner = { ...student, role: "STUDENT" as const };
    const { questionIds, lockedCards, freeCards } = await itemsOf(setId);

    // POST /api/quiz/attempts { setId }: no practice quiz on the set.
    expect(await statusOf(startPracticeAttempt(learner, setId))).toBe(409);
    expect(await db.quizAttempt.count({ where: { userId: student.id, setId } })).toBe(0);

    // POST /api/practice/check, every mode, on every locked item (questions: choice and typed).
    for (const itemId of questionIds) {
      for (const mode of ["choice", "typed"] as const) {
        expect(await statusOf(checkPractice(learner, { itemId, mode, response: "Polyps" })), `${mode} ${itemId}`).toBe(409);
      }
    }
    for (const itemId of lockedCards) {
      for (const mode of ["cloze", "match"] as const) {
        expect(await statusOf(checkPractice(learner, { itemId, mode, response: "bleaching" })), `${mode} ${itemId}`).toBe(409);
      }
    }
    // ...while a card from a sentence no question uses still checks.
    const freeCloze = freeCards[2];
    expect(await checkPractice(learner, { itemId: freeCloze, mode: "cloze", response: "species" })).toMatchObject({ correct: true, expected: "species" });

    // /sets/[id]/learn, /sets/[id]/cloze, /sets/[id]/match, /sets/[id]/study: locked items left out.
    expect(await listLearnQuestions(setId, learner)).toEqual([]);
    expect((await listClozePrompts(setId, learner)).map((p) => p.itemId)).toEqual([freeCloze]);
    const rounds = await listMatchRounds(setId, learner);
    expect(rounds.flatMap((round) => round.fronts.map((front) => front.itemId)).sort()).toEqual([freeCards[0], freeCards[1]].sort());
    const session = await getStudySession(learner, setId);
    expect(session.cards.map((card) => card.itemId).sort()).toEqual([...freeCards].sort());
    const pages = JSON.stringify([rounds, session, await listClozePrompts(setId, learner)]);
    for (const secret of ANSWER_SECRETS) expect(pages).not.toContain(secret);

    // /api/sets/[id]/export/[format] (Anki, Quizlet, CSV): no questions, no locked cards.
    const exported = await getExportableSet(learner, setId);
    expect(exported?.content.questions).toEqual([]);
    expect(exported?.content.flashcards.map((card) => card.id).sort()).toEqual([...FREE_CARD_KEYS].sort());

    // /sets/[id]: the page says why, counts only what is open, and links to the assignment.
    const detail = await getStudySet(learner, setId);
    expect(detail).toMatchObject({ questionCount: 0, choiceQuestionCount: 0, cardCount: 3, clozeCount: 1 });
    expect(detail?.lock).toMatchObject({ lockedItems: questionIds.length + lockedCards.length });
  });

  it("locks before the assignment opens, and for the teacher who owns the set locks nothing", async () => {
    const { student, teacher, setId } = await makeAssignment({ opensAt: new Date(Date.now() + hour), dueAt: new Date(Date.now() + 2 * hour) });
    expect(await statusOf(startPracticeAttempt(student, setId))).toBe(409);
    const owner = { ...teacher, role: "TEACHER" as const };
    const exported = await getExportableSet(owner, setId);
    expect(exported?.content.questions).toHaveLength(QUESTIONS.length);
    expect(exported?.content.flashcards).toHaveLength(LOCKED_CARD_KEYS.length + FREE_CARD_KEYS.length);
  });

  it("a practice quiz started before the set was assigned stops showing those answers, old and new", async () => {
    const teacher = await makeUser("TEACHER");
    const student = await makeUser();
    const setId = await makeSet(teacher.id, "PUBLIC");
    const { attemptId } = await startPracticeAttempt(student, setId, { seed: "before" });
    const mc = await itemIdOf(setId, "q-mc");
    expect((await submitAnswer(student, attemptId, mc, "Kelp")).result).toMatchObject({ status: "graded", expected: "Polyps" });

    await makeAssignment({ setId, studentId: student.id });
    const tf = await itemIdOf(setId, "q-tf");
    expect((await submitAnswer(student, attemptId, tf, true)).result).toEqual({ status: "recorded", response: true });
    const view = JSON.stringify(await getAttemptView(student, attemptId));
    for (const secret of QUESTIONS.flatMap((q) => [q.explanation, q.source.quote])) expect(view).not.toContain(secret);
    expect(view).not.toContain('"expected"');
    await finishAttempt(student, attemptId);
    expect(await statusOf(retryMissed(student, attemptId))).toBe(409);
  });

  it("opens again once the student has used every attempt, when the teacher shows answers", async () => {
    const { student, assignment, setId } = await makeAssignment({ showAnswers: true });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    expect(await statusOf(startPracticeAttempt(student, setId))).toBe(409);
    await finishAttempt(student, attemptId);
    const practice = await startPracticeAttempt(student, setId);
    expect(practice.resumed).toBe(false);
    expect(await listLearnQuestions(setId, student)).toHaveLength(1);
    expect((await getStudySet(student, setId))?.lock).toBeNull();
  });

  it("with answers hidden, stays locked after submitting until the due date has passed", async () => {
    const dueAt = new Date(Date.now() + hour);
    const { student, assignment, setId } = await makeAssignment({ showAnswers: false, dueAt });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    await finishAttempt(student, attemptId);
    expect(await statusOf(startPracticeAttempt(student, setId))).toBe(409);
    const started = await startPracticeAttempt(student, setId, { now: new Date(dueAt.getTime() + 60_000) });
    expect(started.resumed).toBe(false);
  });

  it("with attempts left, stays locked after a submission, however late", async () => {
    const { student, assignment, setId } = await makeAssignment({ attemptsAllowed: 2, dueAt: new Date(Date.now() + hour) });
    const { attemptId } = await startAssignmentAttempt(student, assignment.id);
    await finishAttempt(student, attemptId);
    expect(await statusOf(startPracticeAttempt(student, setId, { now: new Date(Date.now() + 48 * hour) }))).toBe(409);
  });
});
