import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCardQuote, listClozePrompts, listMatchRounds } from "@/lib/data/study";
import { makeUser } from "@/lib/quiz/test-fixtures";
import { createStudySet } from "./store";
import { StoredItemError, decodeQuestion } from "./items";

// Readers decode stored items through one checked decoder, and the practice reads take the learner.

const card = (id: string, kind: "cloze" | "key_fact", front: string, back: string) => ({
  id, kind, material: "key_fact" as const, front, back, explanation: "", difficulty: "easy" as const, source: { section: "S", quote: `quote of ${id}` },
});

async function setWithCards(ownerId: string, visibility: "PUBLIC" | "PRIVATE") {
  return db.$transaction((tx) =>
    createStudySet(tx, {
      title: "Decoder",
      sourceText: "x",
      ownerId,
      visibility,
      content: {
        title: "Decoder",
        flashcards: [card("c1", "cloze", "Reefs are built by ____.", "polyps"), card("k1", "key_fact", "Largest reef", "Great Barrier Reef"), card("k2", "key_fact", "Bleaching", "Heat stress")],
        questions: [],
      },
    }),
  );
}

describe("stored items", () => {
  it("a stored card of the wrong shape is an error naming the field, not a silent cast", async () => {
    const teacher = await makeUser("TEACHER");
    const setId = await setWithCards(teacher.id, "PUBLIC");
    expect(await getCardQuote(setId, "c1")).toBe("quote of c1");
    await db.studyItem.update({ where: { setId_itemKey: { setId, itemKey: "c1" } }, data: { data: JSON.stringify({ id: "c1", front: 42 }) } });
    const failure = await getCardQuote(setId, "c1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoredItemError);
    expect((failure as Error).message).toMatch(/front/);
  });

  it("cloze prompts and match rounds of a private set are empty for a learner who cannot see it", async () => {
    const [teacher, outsider] = [await makeUser("TEACHER"), await makeUser("STUDENT")];
    const setId = await setWithCards(teacher.id, "PRIVATE");
    expect((await listClozePrompts(setId, teacher)).map((prompt) => prompt.prompt)).toEqual(["Reefs are built by ____."]);
    expect(await listClozePrompts(setId, outsider)).toEqual([]);
    expect(await listMatchRounds(setId, teacher)).toHaveLength(1);
    expect(await listMatchRounds(setId, outsider)).toEqual([]);
  });

  it("a stored multiple-response question decodes with its right answers; answers of the wrong shape are named", () => {
    const question = {
      id: "mr", type: "multiple_response", material: "key_fact", prompt: "Which are primes?", choices: ["2", "3", "4"], answers: ["2", "3"],
      explanation: "", difficulty: "medium", source: { section: "", quote: "" },
    };
    expect(decodeQuestion(JSON.stringify(question))).toMatchObject({ type: "multiple_response", answers: ["2", "3"] });
    expect(() => decodeQuestion(JSON.stringify({ ...question, answers: "2" }))).toThrow(/answers/);
  });
});
