import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAssignmentResults, getClassGradebook } from "@/lib/data/teaching";
import { exportFormatsFor, getExportableSet } from "@/lib/data/set-exports";
import { HttpError } from "@/lib/errors";
import { assignmentSchema } from "@/lib/validations/assignment";
import { joinClassSchema } from "@/lib/validations/classroom";
import { studySetDraftSchema } from "@/lib/validations/study-set";
import { createAssignment, createClass, joinClass, readmitStudent, regenerateJoinCode, removeStudent } from "./classes";
import { importIntoDraft } from "./imports";
import { listAccommodations, setAccommodation } from "./accommodations";
import { countDrawable, getAttemptView, startAssignmentAttempt, submitAnswer } from "@/lib/quiz";

/** A valid assignment of a set to a class, opening in 2030. */
function futureAssignment(classId: string, setId: string) {
  return assignmentSchema.parse({
    classId,
    setId,
    opensAt: "2030-01-01T00:00:00.000Z",
    dueAt: "2030-01-02T00:00:00.000Z",
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    shuffleQuestions: false,
    shuffleChoices: false,
    showAnswers: true,
  });
}
import { createDraftFromArticle, discardDraft, getEditableDraft, publishSet, saveDraft } from "@/lib/study-sets/drafts";
import { makeUser, statusOf } from "./test-helpers";

// Integration tests on the real SQLite test database: each test makes its own users.

const article = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8");

async function publishedSet() {
  const teacher = await makeUser("TEACHER");
  const setId = await createDraftFromArticle(teacher, article);
  const { draft } = await getEditableDraft(teacher, setId);
  await publishSet(teacher, setId, studySetDraftSchema.parse(draft));
  return { teacher, setId, draft: studySetDraftSchema.parse(draft) };
}

/** Everything a teacher route could change, to compare before and after a refused call. */
async function snapshot(teacherId: string) {
  const [sets, items, classes, members, assignments] = await Promise.all([
    db.studySet.findMany({ where: { ownerId: teacherId }, orderBy: { id: "asc" } }),
    db.studyItem.findMany({ where: { set: { ownerId: teacherId } }, orderBy: { id: "asc" } }),
    db.classroom.findMany({ where: { teacherId }, orderBy: { id: "asc" } }),
    db.classMembership.findMany({ where: { classroom: { teacherId } }, orderBy: { userId: "asc" } }),
    db.assignment.findMany({ where: { classroom: { teacherId } }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ sets, items, classes, members, assignments });
}

describe("a draft from an article", () => {
  it("is generated and kept as a DRAFT with no items learners could see", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await createDraftFromArticle(teacher, article);
    const set = await db.studySet.findUniqueOrThrow({ where: { id: setId } });
    expect(set.status).toBe("DRAFT");
    expect(await db.studyItem.count({ where: { setId } })).toBe(0);
    const { draft } = await getEditableDraft(teacher, setId);
    expect(draft.questions.length).toBeGreaterThan(0);
    expect(draft.flashcards[0].source.quote).not.toBe("");
  });

  it.each([
    ["an empty paste", "   \n  ", 422],
    ["binary text", "%PDF-1.7\u0000\u0001\u0002binary", 422],
    ["text with nothing to study", "hello there", 422],
    ["more than 1 MB", "a".repeat(1024 * 1024 + 1), 413],
  ])("refuses %s with a clear 4xx and saves nothing", async (_, text, status) => {
    const teacher = await makeUser("TEACHER");
    const error = await createDraftFromArticle(teacher, text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(status);
    expect((error as HttpError).message.length).toBeGreaterThan(10);
    expect(await db.studySet.count({ where: { ownerId: teacher.id } })).toBe(0);
  });
});

describe("review, save and publish", () => {
  it("a refused draft is reported at the field path, and the stored draft is untouched", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await createDraftFromArticle(teacher, article);
    const { draft } = await getEditableDraft(teacher, setId);
    const bad = structuredClone(draft);
    const mc = bad.questions.findIndex((question) => question.type === "multiple_choice");
    bad.questions[mc].answer = "not one of the choices";
    bad.questions[0].prompt = "";
    const parsed = studySetDraftSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain(`questions.${mc}.answer`);
    expect(paths).toContain("questions.0.prompt");
    expect((await getEditableDraft(teacher, setId)).draft).toEqual(draft);
  });

  it("a saved draft keeps the review's kept marks, following an added item to its settled id", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await createDraftFromArticle(teacher, article);
    const draft = studySetDraftSchema.parse((await getEditableDraft(teacher, setId)).draft);
    const added = { ...draft.questions[0], id: "new-q-local-1", prompt: "A question the teacher wrote" };
    const saved = await saveDraft(teacher, setId, { ...draft, questions: [...draft.questions, added], kept: [draft.flashcards[0].id, added.id, "gone-item"] });
    const settledId = saved.questions.at(-1)!.id;
    expect(settledId).not.toBe(added.id);
    expect((await getEditableDraft(teacher, setId)).draft.kept).toEqual([draft.flashcards[0].id, settledId]);
  });

  it("publishing writes the items; republishing one edit keeps progress on every unchanged item", async () => {
    const { teacher, setId, draft } = await publishedSet();
    const before = await db.studyItem.findMany({ where: { setId, retired: false } });
    expect(before.length).toBe(draft.flashcards.length + draft.questions.length);
    const set = await db.studySet.findUniqueOrThrow({ where: { id: setId } });
    expect(set).toMatchObject({ status: "PUBLISHED", draftJson: null });

    const learner = await makeUser("STUDENT");
    const keptCard = before.find((row) => row.itemKey === draft.flashcards[1].id)!;
    await db.cardState.create({
      data: { userId: learner.id, itemId: keptCard.id, due: new Date(), stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 1 },
    });

    const edited = structuredClone(draft);
    edited.flashcards[0].back = `${edited.flashcards[0].back} (edited)`;
    edited.flashcards[1].explanation = "Only the explanation changed.";
    edited.questions.splice(0, 1);
    await saveDraft(teacher, setId, edited);
    // Learners still see the published items until the teacher publishes.
    expect(await db.studyItem.count({ where: { setId, retired: false } })).toBe(before.length);

    await publishSet(teacher, setId, edited);
    const after = await db.studyItem.findMany({ where: { setId } });
    const byKey = new Map(after.map((row) => [row.itemKey, row]));
    expect(byKey.get(draft.flashcards[1].id)).toMatchObject({ id: keptCard.id, retired: false });
    expect(await db.cardState.count({ where: { userId: learner.id, itemId: keptCard.id } })).toBe(1);
    expect(byKey.get(draft.flashcards[0].id)?.retired).toBe(true);
    expect(byKey.get(draft.questions[0].id)?.retired).toBe(true);
    const editedRow = after.find((row) => !row.retired && row.data.includes("(edited)"));
    expect(editedRow?.itemKey).toMatch(/^card-[0-9a-f]{16}$/);
  });

  it("an own item added in the form is published with a content id", async () => {
    const { teacher, setId, draft } = await publishedSet();
    const withOwn = structuredClone(draft);
    withOwn.questions.push({
      id: "new-q-1",
      type: "true_false",
      material: "key_fact",
      prompt: "Coral bleaching is caused by cold water.",
      answer: false,
      explanation: "",
      difficulty: "medium",
      source: { section: "", quote: "" },
    });
    await publishSet(teacher, setId, studySetDraftSchema.parse(withOwn));
    const own = await db.studyItem.findFirst({ where: { setId, data: { contains: "caused by cold water" } } });
    expect(own?.itemKey).toMatch(/^q-[0-9a-f]{16}$/);
    expect(own?.retired).toBe(false);
  });
});

describe("classes", () => {
  it("gives a class an unambiguous six-character code; students join once, in as many classes as they like", async () => {
    const teacher = await makeUser("TEACHER");
    const student = await makeUser("STUDENT");
    const first = await createClass(teacher, "Period 1");
    const second = await createClass(teacher, "Period 2");
    expect(first.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(first.joinCode).not.toBe(second.joinCode);

    const typed = joinClassSchema.parse({ code: ` ${first.joinCode.toLowerCase()} ` }).code;
    await joinClass(student, typed);
    const twice = await joinClass(student, first.joinCode).catch((error: HttpError) => error);
    expect(twice).toMatchObject({ status: 409, message: "You are already in Period 1." });
    await joinClass(student, second.joinCode);
    expect(await db.classMembership.count({ where: { userId: student.id } })).toBe(2);

    const unknown = await joinClass(student, "ZZZZZZ9").catch((error: HttpError) => error);
    expect(unknown).toMatchObject({ status: 404 });
    expect((unknown as HttpError).message).toContain("No class has the code ZZZZZZ9");
    expect(await db.classMembership.count({ where: { userId: student.id } })).toBe(2);

    await removeStudent(teacher, first.id, student.id);
    expect(await db.classMembership.count({ where: { userId: student.id } })).toBe(1);
  });

  it("refuses an assignment due before it opens, at the due date field", () => {
    const parsed = assignmentSchema.safeParse({
      classId: "c",
      setId: "s",
      opensAt: "2030-05-02T10:00:00.000Z",
      dueAt: "2030-05-01T10:00:00.000Z",
      attemptsAllowed: 1,
      timeLimitMinutes: null,
      shuffleQuestions: false,
      shuffleChoices: false,
      showAnswers: true,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ["dueAt"], message: "The due date must be after the open date." })]);
  });
});

describe("results", () => {
  it("the gradebook and report show a submitted attempt; another teacher sees neither", async () => {
    const { teacher, setId } = await publishedSet();
    const classroom = await createClass(teacher, "Results class");
    const student = await makeUser("STUDENT");
    await joinClass(student, classroom.joinCode);
    const input = assignmentSchema.parse({
      classId: classroom.id,
      setId,
      opensAt: new Date(Date.now() - 3600_000).toISOString(),
      dueAt: new Date(Date.now() + 3600_000).toISOString(),
      attemptsAllowed: 2,
      timeLimitMinutes: null,
      shuffleQuestions: true,
      shuffleChoices: true,
      showAnswers: false,
    });
    const assignmentId = await createAssignment(teacher, input);
    // What the quiz engine writes when a student submits.
    const mc = await db.studyItem.findFirstOrThrow({ where: { setId, kind: "QUESTION", type: "multiple_choice" } });
    const question = JSON.parse(mc.data) as { choices: string[]; answer: string };
    const wrong = question.choices.find((choice) => choice !== question.answer)!;
    await db.quizAttempt.create({
      data: {
        userId: student.id,
        setId,
        assignmentId,
        questionOrder: JSON.stringify([mc.id]),
        submittedAt: new Date(),
        score: 0,
        total: 1,
        answers: { create: { itemId: mc.id, response: JSON.stringify(wrong), correct: false } },
      },
    });

    const gradebook = await getClassGradebook(teacher, classroom.id);
    expect(gradebook?.gradebook.rows[0].cells[0]).toMatchObject({ status: "submitted", best: { score: 0, total: 1 } });
    const results = await getAssignmentResults(teacher, assignmentId);
    const row = results?.report.questions.find((entry) => entry.itemId === mc.id);
    expect(row?.wrongAnswers).toEqual([{ answer: wrong, count: 1 }]);
    expect(results?.report.students[0].answers.find((answer) => answer.itemId === mc.id)?.response).toBe(wrong);

    const other = await makeUser("TEACHER");
    expect(await getClassGradebook(other, classroom.id)).toBeNull();
    expect(await getAssignmentResults(other, assignmentId)).toBeNull();
    expect(await getAssignmentResults(student, assignmentId)).toBeNull();
  });
});

describe("authorization: a student and another teacher change nothing", () => {
  it("refuses every teacher write with 403 or 404 and leaves the database as it was", async () => {
    const { teacher, setId, draft } = await publishedSet();
    const classroom = await createClass(teacher, "Guarded");
    const member = await makeUser("STUDENT");
    await joinClass(member, classroom.joinCode);
    const draftSetId = await createDraftFromArticle(teacher, article);
    const before = await snapshot(teacher.id);

    const assignment = futureAssignment(classroom.id, setId);
    for (const intruder of [await makeUser("STUDENT"), await makeUser("TEACHER"), member]) {
      const calls: [string, () => Promise<unknown>][] = [
        ["getEditableDraft", () => getEditableDraft(intruder, draftSetId)],
        ["saveDraft", () => saveDraft(intruder, setId, draft)],
        ["publishSet", () => publishSet(intruder, draftSetId, draft)],
        ["discardDraft", () => discardDraft(intruder, draftSetId)],
        ["removeStudent", () => removeStudent(intruder, classroom.id, member.id)],
        ["readmitStudent", () => readmitStudent(intruder, classroom.id, member.id)],
        ["regenerateJoinCode", () => regenerateJoinCode(intruder, classroom.id)],
        ["createAssignment", () => createAssignment(intruder, assignment)],
      ];
      // One at a time, each started only when awaited: a refusal is never left unhandled meanwhile.
      for (const [name, call] of calls) {
        const status = await statusOf(call());
        expect([403, 404], `${intruder.role} ${name}`).toContain(status);
      }
      // Teacher-only creations are refused to students outright.
      if (intruder.role === "STUDENT") {
        expect(await statusOf(createClass(intruder, "Mine"))).toBe(403);
        expect(await statusOf(createDraftFromArticle(intruder, article))).toBe(403);
        expect(await statusOf(importIntoDraft(intruder, { format: "text", text: "a\tb" }))).toBe(403);
      }
    }
    expect(await snapshot(teacher.id)).toBe(before);
  });

  it("a teacher cannot join a class, and a teacher's other sets stay out of another teacher's assignments", async () => {
    const { setId } = await publishedSet();
    const other = await makeUser("TEACHER");
    const classroom = await createClass(other, "Other's class");
    expect(await statusOf(joinClass(other, classroom.joinCode))).toBe(403);
    const status = await statusOf(
      createAssignment(
        other,
        futureAssignment(classroom.id, setId),
      ),
    );
    expect(status).toBe(404);
    expect(await db.assignment.count({ where: { classId: classroom.id } })).toBe(0);
  });

  it("exports only sets the user may see: a private set is hidden from an outsider", async () => {
    const { setId } = await publishedSet();
    const outsider = await makeUser("STUDENT");
    expect(await getExportableSet(outsider, setId)).toBeNull();
  });

  it("gives the quiz formats (answer keys) only to the teacher who owns the set; others get the card formats", async () => {
    const { teacher, setId, draft } = await publishedSet();
    await publishSet(teacher, setId, { ...draft, visibility: "PUBLIC" });
    const owned = await getExportableSet(teacher, setId);
    expect(owned?.ownedByUser).toBe(true);
    expect(owned?.content.questions.length).toBe(draft.questions.length);
    expect(exportFormatsFor(teacher, true)).toEqual(expect.arrayContaining(["gift", "moodle-xml", "qti", "apkg", "csv"]));

    const student = await makeUser("STUDENT");
    const otherTeacher = await makeUser("TEACHER");
    for (const user of [student, otherTeacher]) {
      const set = await getExportableSet(user, setId);
      expect(set?.ownedByUser).toBe(false);
      expect(exportFormatsFor(user, set!.ownedByUser)).toEqual(["apkg", "quizlet", "anki-text", "csv"]);
      // The Anki package turns fill-in questions into cloze notes: a non-owner's export carries none.
      expect(set?.content.questions).toEqual([]);
      expect(set?.content.flashcards.length).toBe(draft.flashcards.length);
    }
  });
});

describe("import into a draft", () => {
  it("saves a well-formed file as a draft and nothing from a file with a bad line", async () => {
    const teacher = await makeUser("TEACHER");
    const good = await importIntoDraft(teacher, { format: "text", text: "term one\tdefinition one\nterm two\tdefinition two\n", termSeparator: "tab" });
    expect(good.ok).toBe(true);
    const bad = await importIntoDraft(teacher, { format: "text", text: "term one\tdefinition one\nno separator here\n", termSeparator: "tab" });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? "" : bad.error).toMatch(/Line 2/);
    expect(await db.studySet.count({ where: { ownerId: teacher.id } })).toBe(1);
  });
});

describe("publishing refuses questions that give themselves away (issue 11 item 3)", () => {
  it("names the two-item ordering and the two-pair matching, and publishes nothing", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await createDraftFromArticle(teacher, article);
    const { draft } = await getEditableDraft(teacher, setId);
    const parsed = studySetDraftSchema.parse(draft);
    const base = parsed.questions[0];
    const withGiveaways = studySetDraftSchema.parse({
      ...parsed,
      questions: [
        ...parsed.questions,
        { ...base, id: "", type: "ordering", prompt: "Order these two events.", items: ["First", "Second"], choices: undefined, answer: undefined },
        { ...base, id: "", type: "matching", prompt: "Match these two.", pairs: [{ left: "a", right: "b" }, { left: "c", right: "d" }], choices: undefined, answer: undefined },
      ],
    });
    const error = await publishSet(teacher, setId, withGiveaways).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(422);
    const count = parsed.questions.length;
    expect((error as HttpError).message).toContain(`Question ${count + 1} ("Order these two events."): an ordering needs at least 3 items (it has 2)`);
    expect((error as HttpError).message).toContain(`Question ${count + 2} ("Match these two."): a matching needs at least 3 pairs (it has 2)`);
    expect(await db.studyItem.count({ where: { setId } })).toBe(0);
    expect((await db.studySet.findUniqueOrThrow({ where: { id: setId } })).status).toBe("DRAFT");
    await publishSet(teacher, setId, parsed);
    expect(await db.studyItem.count({ where: { setId, kind: "QUESTION" } })).toBe(count);
  });
});

describe("removing a student (issue 11 item 4)", () => {
  it("submits their open attempt as it stands, refuses a rejoin with the same code, and lets them back after re-admission or a new code", async () => {
    const { teacher, setId } = await publishedSet();
    const classroom = await createClass(teacher, "Period 3");
    const student = await makeUser("STUDENT");
    await joinClass(student, classroom.joinCode);
    const assignmentId = await createAssignment(teacher, { ...futureAssignment(classroom.id, setId), opensAt: new Date(Date.now() - 3_600_000) });
    const { attemptId } = await startAssignmentAttempt(student, assignmentId);
    const view = await getAttemptView(student, attemptId);
    const first = view.questions[0].question;
    const answer = first.type === "multiple_choice" ? first.choices[0] : first.type === "multiple_response" ? [first.choices[0]] : first.type === "true_false" ? true : first.type === "fill_in" || first.type === "numeric" ? "x" : first.options;
    await submitAnswer(student, attemptId, first.itemId, answer as never);

    await removeStudent(teacher, classroom.id, student.id);
    const closed = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, include: { _count: { select: { answers: true } } } });
    expect(closed.submittedAt).not.toBeNull();
    expect(closed._count.answers).toBe(1);
    expect(closed.score).not.toBeNull();

    const again = await joinClass(student, classroom.joinCode).catch((error: HttpError) => error);
    expect(again).toMatchObject({ status: 403 });
    expect((again as HttpError).message).toContain("Your teacher removed you from Period 3");
    expect(await db.classMembership.count({ where: { classId: classroom.id, userId: student.id } })).toBe(0);

    await readmitStudent(teacher, classroom.id, student.id);
    expect(await db.classMembership.count({ where: { classId: classroom.id, userId: student.id } })).toBe(1);
    expect(await statusOf(readmitStudent(teacher, classroom.id, student.id))).toBe(404);

    await removeStudent(teacher, classroom.id, student.id);
    const { joinCode } = await regenerateJoinCode(teacher, classroom.id);
    expect(joinCode).not.toBe(classroom.joinCode);
    expect(await statusOf(joinClass(student, classroom.joinCode))).toBe(404);
    await joinClass(student, joinCode);
    expect(await db.classMembership.count({ where: { classId: classroom.id, userId: student.id } })).toBe(1);
    expect(await db.classRemoval.count({ where: { classId: classroom.id, userId: student.id } })).toBe(0);
  });

  it("a teacher cannot add a student who was never removed by re-admitting them", async () => {
    const teacher = await makeUser("TEACHER");
    const classroom = await createClass(teacher, "Period 4");
    const stranger = await makeUser("STUDENT");
    expect(await statusOf(readmitStudent(teacher, classroom.id, stranger.id))).toBe(404);
    expect(await db.classMembership.count({ where: { classId: classroom.id } })).toBe(0);
  });
});

describe("assigning a number of questions of chosen types (issue 15)", () => {
  it("stores the count and types; refuses more than one student's draw can hold, naming the most", async () => {
    const { teacher, setId } = await publishedSet();
    const classroom = await createClass(teacher, "Period 5");
    const drawable = await countDrawable(db, setId, ["true_false"]);
    expect(drawable).toBeGreaterThan(1);
    const id = await createAssignment(teacher, { ...futureAssignment(classroom.id, setId), questionCount: drawable, questionTypes: ["true_false"] });
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ questionCount: drawable, questionTypes: '["true_false"]' });
    const tooMany = await createAssignment(teacher, { ...futureAssignment(classroom.id, setId), questionCount: drawable + 1, questionTypes: ["true_false"] }).catch((e: HttpError) => e);
    expect(tooMany).toMatchObject({ status: 422 });
    expect((tooMany as HttpError).message).toContain(`at most ${drawable} questions`);
    expect(assignmentSchema.safeParse({ ...futureAssignment(classroom.id, setId), questionTypes: [] }).success).toBe(false);
    expect(await db.assignment.count({ where: { classId: classroom.id } })).toBe(1);
  });
});

describe("accommodations (issue 15)", () => {
  it("the gradebook counts a past-due assignment as missing, except for a student whose own due date is still ahead", async () => {
    const { teacher, setId } = await publishedSet();
    const classroom = await createClass(teacher, "Extended class");
    const [onTime, extended] = [await makeUser("STUDENT"), await makeUser("STUDENT")];
    for (const student of [onTime, extended]) await joinClass(student, classroom.joinCode);
    const assignmentId = await createAssignment(teacher, {
      ...futureAssignment(classroom.id, setId),
      opensAt: new Date(Date.now() - 2 * 86_400_000),
      dueAt: new Date(Date.now() - 3_600_000),
    });
    await setAccommodation(teacher, assignmentId, extended.id, { extraMinutes: 0, extraAttempts: 0, dueAt: new Date(Date.now() + 86_400_000) });

    const { gradebook } = (await getClassGradebook(teacher, classroom.id))!;
    const rowOf = (id: string) => gradebook.rows.find((row) => row.student.id === id)!;
    expect(rowOf(onTime.id).cells[0].status).toBe("missing");
    expect(rowOf(onTime.id).summary.missing).toBe(1);
    expect(rowOf(extended.id).cells[0].status).toBe("not_started");
    expect(rowOf(extended.id).summary.missing).toBe(0);
    expect(gradebook.assignmentSummaries[0].missing).toBe(1);
  });

  it("the owner sets and removes one member's accommodation; bad values and other people are refused", async () => {
    const { teacher, setId } = await publishedSet();
    const classroom = await createClass(teacher, "Period 6");
    const student = await makeUser("STUDENT");
    await joinClass(student, classroom.joinCode);
    const assignmentId = await createAssignment(teacher, { ...futureAssignment(classroom.id, setId), timeLimitMinutes: 20 });
    const later = new Date("2030-01-05T00:00:00.000Z");

    await setAccommodation(teacher, assignmentId, student.id, { extraMinutes: 10, extraAttempts: 1, dueAt: later });
    const listed = await listAccommodations(teacher, assignmentId);
    expect(listed.students).toEqual([{ userId: student.id, name: student.name, extraMinutes: 10, extraAttempts: 1, dueAt: later }]);

    expect(await statusOf(setAccommodation(teacher, assignmentId, student.id, { extraMinutes: 0, extraAttempts: 0, dueAt: new Date("2029-12-01T00:00:00.000Z") }))).toBe(422);
    const outsider = await makeUser("STUDENT");
    expect(await statusOf(setAccommodation(teacher, assignmentId, outsider.id, { extraMinutes: 5, extraAttempts: 0, dueAt: null }))).toBe(404);
    for (const intruder of [await makeUser("TEACHER"), student]) {
      expect([403, 404]).toContain(await statusOf(setAccommodation(intruder, assignmentId, student.id, { extraMinutes: 0, extraAttempts: 9, dueAt: null })));
      expect([403, 404]).toContain(await statusOf(listAccommodations(intruder, assignmentId)));
    }
    expect(await db.assignmentAccommodation.findMany({ where: { assignmentId } })).toMatchObject([{ extraMinutes: 10, extraAttempts: 1 }]);

    await setAccommodation(teacher, assignmentId, student.id, { extraMinutes: 0, extraAttempts: 0, dueAt: null });
    expect(await db.assignmentAccommodation.count({ where: { assignmentId } })).toBe(0);

    const untimed = await createAssignment(teacher, futureAssignment(classroom.id, setId));
    expect(await statusOf(setAccommodation(teacher, untimed, student.id, { extraMinutes: 5, extraAttempts: 0, dueAt: null }))).toBe(422);
  });
});
