import { describe, expect, it } from "vitest";
import type { Flashcard, Question } from "@/lib/generator/types";
import { indexKnownItems, settleItemIds } from "./item-ids";

const card: Flashcard = {
  id: "card-gen1",
  kind: "key_fact",
  material: "key_fact",
  front: "Front",
  back: "Back",
  explanation: "Why",
  difficulty: "easy",
  source: { section: "", quote: "Front is Back." },
};
const question: Question = {
  id: "q-gen1",
  type: "multiple_choice",
  material: "key_fact",
  prompt: "Which?",
  choices: ["A", "B"],
  answer: "A",
  explanation: "",
  difficulty: "easy",
  source: { section: "", quote: "" },
};
const known = indexKnownItems([card, question]);
const settle = (flashcards: Flashcard[], questions: Question[]) => settleItemIds({ title: "t", flashcards, questions }, known);

describe("settleItemIds", () => {
  it("keeps the id of an unchanged item, and of one whose explanation alone changed", () => {
    const result = settle([{ ...card, explanation: "Another reason" }], [question]);
    expect(result.flashcards[0].id).toBe("card-gen1");
    expect(result.questions[0].id).toBe("q-gen1");
  });

  it("gives an item whose answer changed a new content-derived id, the same every time", () => {
    const edited = { ...question, choices: ["A", "C"] };
    const first = settle([], [edited]).questions[0].id;
    expect(first).not.toBe("q-gen1");
    expect(first).toMatch(/^q-[0-9a-f]{16}$/);
    expect(settle([], [edited]).questions[0].id).toBe(first);
  });

  it("returns the old id when an edit is reverted, whatever id the client sent", () => {
    expect(settle([{ ...card, id: "card-somethingelse" }], []).flashcards[0].id).toBe("card-gen1");
  });

  it("never lets a client claim another item's id for different content", () => {
    const result = settle([{ ...card, id: "card-gen1", front: "Other front" }], []);
    expect(result.flashcards[0].id).not.toBe("card-gen1");
  });

  it("gives duplicate items distinct ids", () => {
    const fresh = { ...card, id: "new-card-1", front: "Same", back: "Same" };
    const result = settle([fresh, { ...fresh, id: "new-card-2" }], []);
    expect(new Set(result.flashcards.map((item) => item.id)).size).toBe(2);
  });
});
