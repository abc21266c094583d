import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listLearnQuestions } from "@/lib/data/study";
import type { Question } from "@/lib/generator";
import { checkPractice, restartLearn } from "./practice";

// Learn mode against the real test database, seeded with the sample set by the production seed.

let setId: string;
let questions: { id: string; answer: string; wrong: string }[];

async function newLearner() {
  return db.user.create({ data: { email: `learn-${randomUUID()}@example.com`, name: "Learner", passwordHash: "x", role: "STUDENT" } });
}

const stagesOf = async (learner: { id: string }) => (await listLearnQuestions(setId, learner)).map((question) => question.stage);

beforeAll(async () => {
  const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true } });
  setId = sample.id;
  const items = await db.studyItem.findMany({
    where: { setId, kind: "QUESTION", type: "multiple_choice", retired: false },
    orderBy: { position: "asc" },
  });
  questions = items.map((item) => {
    const question = JSON.parse(item.data) as Question;
    const answer = String(question.answer);
    return { id: item.id, answer, wrong: question.choices!.find((choice) => choice !== answer)! };
  });
});

describe("Learn progress", () => {
  it("moves a question from chosen right to learned, and a wrong answer changes nothing", async () => {
    const learner = await newLearner();
    const [first, second] = questions;
    expect((await stagesOf(learner)).slice(0, 2)).toEqual([0, 0]);

    expect((await checkPractice(learner, { itemId: first.id, mode: "choice", response: first.wrong })).correct).toBe(false);
    expect((await checkPractice(learner, { itemId: second.id, mode: "choice", response: second.answer })).correct).toBe(true);
    expect((await stagesOf(learner)).slice(0, 2)).toEqual([0, 1]);

    expect((await checkPractice(learner, { itemId: second.id, mode: "typed", response: "not it at all" })).correct).toBe(false);
    expect((await stagesOf(learner)).slice(0, 2)).toEqual([0, 1]);
    expect((await checkPractice(learner, { itemId: second.id, mode: "typed", response: second.answer })).correct).toBe(true);
    expect((await stagesOf(learner)).slice(0, 2)).toEqual([0, 2]);

    // Choosing right again, or the same answer sent twice at once, never moves a learned question back.
    await Promise.all([0, 1].map(() => checkPractice(learner, { itemId: second.id, mode: "choice", response: second.answer })));
    expect((await stagesOf(learner)).slice(0, 2)).toEqual([0, 2]);
    expect(await db.learnProgress.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("starts over for one learner and one set only, and refuses a set the learner cannot see", async () => {
    const [learner, other] = [await newLearner(), await newLearner()];
    for (const who of [learner, other]) await checkPractice(who, { itemId: questions[0].id, mode: "choice", response: questions[0].answer });

    expect(await restartLearn(learner, setId)).toEqual({ forgotten: 1 });
    expect((await stagesOf(learner))[0]).toBe(0);
    expect((await stagesOf(other))[0]).toBe(1);

    const owner = await newLearner();
    const hidden = await db.studySet.create({ data: { title: "Private", sourceText: "x", ownerId: owner.id } });
    await expect(restartLearn(learner, hidden.id)).rejects.toMatchObject({ status: 404 });
  });
});
