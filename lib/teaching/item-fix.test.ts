import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAssignmentItemAnalysis, getSetItemAnalysis } from "@/lib/data/item-analysis";
import { getClassGradebook } from "@/lib/data/teaching";
import type { Question } from "@/lib/generator/types";
import { assignmentSchema } from "@/lib/validations/assignment";
import { studySetDraftSchema } from "@/lib/validations/study-set";
import { createAssignment, createClass, joinClass } from "./classes";
import { fixQuestion, retireQuestion } from "./item-fix";
import { createDraftFromArticle, getEditableDraft, publishSet } from "@/lib/study-sets/drafts";
import { makeUser, statusOf } from "./test-helpers";

// Integration tests on the real SQLite test database: the item analysis of real published items and
// stored attempts, and a wrong key fixed from its flag (regrading the stored answers).

const article = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8");

async function classWithAssignment() {
  const teacher = await makeUser("TEACHER");
  const setId = await createDraftFromArticle(teacher, article);
  const { draft } = await getEditableDraft(teacher, setId);
  await publishSet(teacher, setId, studySetDraftSchema.parse(draft));
  const classroom = await createClass(teacher, "Analysis class");
  const students = [await makeUser("STUDENT"), await makeUser("STUDENT"), await makeUser("STUDENT")];
  for (const student of students) await joinClass(student, classroom.joinCode);
  const assign = () =>
    createAssignment(
      teacher,
      assignmentSchema.parse({
        classId: classroom.id,
        setId,
        opensAt: new Date(Date.now() - 3600_000).toISOString(),
        dueAt: new Date(Date.now() + 3600_000).toISOString(),
        attemptsAllowed: 1,
        timeLimitMinutes: null,
        shuffleQuestions: false,
        shuffleChoices: false,
        showAnswers: false,
      }),
    );
  const mcRows = await db.studyItem.findMany({ where: { setId, kind: "QUESTION", type: "multiple_choice", retired: false }, orderBy: { position: "asc" }, take: 2 });
  const [plain, target] = mcRows.map((row) => ({ id: row.id, question: JSON.parse(row.data) as Question }));
  return { teacher, setId, classroom, students, assign, plain, target };
}

/** What the quiz engine stores for a submitted attempt of the two questions. */
async function submitted(userId: string, setId: string, assignmentId: string, answers: { itemId: string; response: string; correct: boolean }[]) {
  await db.quizAttempt.create({
    data: {
      userId,
      setId,
      assignmentId,
      questionOrder: JSON.stringify(answers.map((answer) => answer.itemId)),
      submittedAt: new Date(),
      score: answers.filter((answer) => answer.correct).length,
      total: answers.length,
      answers: { create: answers.map((answer) => ({ ...answer, response: JSON.stringify(answer.response) })) },
    },
  });
}

describe("item analysis of an assignment, and fixing a wrong key from its flag", () => {
  it("flags the question the strong students 'missed', and regrades every answer when the key is fixed", async () => {
    const { teacher, setId, classroom, students, assign, plain, target } = await classWithAssignment();
    const assignmentId = await assign();
    const key = String(target.question.answer);
    const trueAnswer = target.question.choices!.find((choice) => choice !== key)!;
    const plainKey = String(plain.question.answer);
    const plainWrong = plain.question.choices!.find((choice) => choice !== plainKey)!;
    // S1, S2 know the material: right on `plain`, and pick `trueAnswer` on `target` (keyed wrong).
    // S3 does not: wrong on `plain`, and picks the (wrong) key on `target`.
    for (const student of students.slice(0, 2)) {
      await submitted(student.id, setId, assignmentId, [
        { itemId: plain.id, response: plainKey, correct: true },
        { itemId: target.id, response: trueAnswer, correct: false },
      ]);
    }
    await submitted(students[2].id, setId, assignmentId, [
      { itemId: plain.id, response: plainWrong, correct: false },
      { itemId: target.id, response: key, correct: true },
    ]);

    const analysis = await getAssignmentItemAnalysis(teacher, assignmentId);
    expect(analysis?.attemptsCounted).toBe(3);
    const flagged = analysis!.items.find((item) => item.question.itemId === target.id)!;
    // x = [0,0,1], rest = [1,1,0]: r = -1.
    expect(flagged).toMatchObject({ students: 3, correct: 1, flags: ["negative_discrimination", "distractor_beats_key"] });
    expect(flagged.facility).toBeCloseTo(1 / 3, 10);
    expect(flagged.discrimination).toBeCloseTo(-1, 10);
    expect(flagged.options.find((option) => option.option === trueAnswer)).toMatchObject({ picked: 2, isKey: false });
    // Questions nobody was shown are listed with no figures.
    expect(analysis!.items.filter((item) => item.students === 0).every((item) => item.facility === null && item.flags.length === 0)).toBe(true);

    // Another teacher and a student cannot touch it; an answer outside the choices is refused and changes nothing.
    const fix = { prompt: target.question.prompt, explanation: "Fixed key.", answer: trueAnswer };
    expect(await statusOf(fixQuestion(await makeUser("TEACHER"), setId, target.id, fix))).toBe(404);
    expect(await statusOf(fixQuestion(students[0], setId, target.id, fix))).toBe(403);
    expect(await statusOf(fixQuestion(teacher, setId, target.id, { ...fix, answer: "Not a choice" }))).toBe(422);
    expect(JSON.parse((await db.studyItem.findUniqueOrThrow({ where: { id: target.id } })).data).answer).toBe(key);

    expect(await fixQuestion(teacher, setId, target.id, fix)).toEqual({ regraded: 3, attemptsRescored: 3 });
    const after = await getAssignmentItemAnalysis(teacher, assignmentId);
    const fixed = after!.items.find((item) => item.question.itemId === target.id)!;
    expect(fixed.facility).toBeCloseTo(2 / 3, 10);
    expect(fixed.discrimination).toBeCloseTo(1, 10);
    expect(fixed.flags).toEqual([]);
    expect(fixed.question.answerText).toBe(trueAnswer);
    const gradebook = await getClassGradebook(teacher, classroom.id);
    const scores = Object.fromEntries(gradebook!.gradebook.rows.map((row) => [row.student.id, row.cells[0].best?.score]));
    expect(scores).toEqual({ [students[0].id]: 2, [students[1].id]: 2, [students[2].id]: 0 });
    // Fixing the same key again regrades nothing.
    expect(await fixQuestion(teacher, setId, target.id, fix)).toEqual({ regraded: 0, attemptsRescored: 0 });
  });

  it("the set's analysis counts every assignment; a retired question leaves future quizzes but keeps its figures", async () => {
    const { teacher, setId, students, assign, plain, target } = await classWithAssignment();
    const first = await assign();
    const second = await assign();
    for (const [index, student] of students.entries()) {
      await submitted(student.id, setId, first, [{ itemId: plain.id, response: String(plain.question.answer), correct: true }]);
      if (index < 2) await submitted(student.id, setId, second, [{ itemId: plain.id, response: String(target.question.answer), correct: false }]);
    }
    const analysis = await getSetItemAnalysis(teacher, setId);
    expect(analysis?.attemptsCounted).toBe(5);
    expect(analysis?.items.find((item) => item.question.itemId === plain.id)).toMatchObject({ students: 5, correct: 3 });
    expect(await getSetItemAnalysis(await makeUser("TEACHER"), setId)).toBeNull();

    expect(await statusOf(retireQuestion(await makeUser("TEACHER"), setId, plain.id))).toBe(404);
    await retireQuestion(teacher, setId, plain.id);
    expect((await db.studyItem.findUniqueOrThrow({ where: { id: plain.id } })).retired).toBe(true);
    const { draft } = await getEditableDraft(teacher, setId);
    expect(draft.questions.some((question) => question.id === plain.question.id)).toBe(false);
    expect((await getSetItemAnalysis(teacher, setId))?.items.find((item) => item.question.itemId === plain.id)?.students).toBe(5);
  });

  it("what to re-teach groups the expert questions by the expert named in the article", async () => {
    const { teacher, setId, students, assign } = await classWithAssignment();
    const assignmentId = await assign();
    const expertRows = await db.studyItem.findMany({ where: { setId, kind: "QUESTION", type: "multiple_choice", retired: false }, orderBy: { position: "asc" } });
    const experts = expertRows
      .map((row) => ({ id: row.id, question: JSON.parse(row.data) as Question }))
      .filter(({ question }) => question.material === "expert" && question.prompt.startsWith("Which expert"));
    const [hughes, gates] = ["Terry Hughes", "Ruth Gates"].map((name) => experts.find(({ question }) => question.answer === name)!);
    for (const student of students) {
      await submitted(student.id, setId, assignmentId, [
        { itemId: hughes.id, response: "Terry Hughes", correct: true },
        { itemId: gates.id, response: "Terry Hughes", correct: false },
      ]);
    }
    const mastery = (await getAssignmentItemAnalysis(teacher, assignmentId))!.mastery;
    expect(mastery.map((group) => [group.expert, group.wrong, group.shown])).toEqual([
      ["Ruth Gates", 3, 3],
      ["Terry Hughes", 0, 3],
    ]);
  });
});
