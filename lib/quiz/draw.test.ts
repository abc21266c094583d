import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/generator";
import { drawQuestions } from "./draw";

const row = (id: string, type: string, quote: string, position: number) => ({ id, type, sourceQuote: quote, position });

describe("drawQuestions", () => {
  const rows = [
    row("a1", "multiple_choice", "Sentence A.", 0),
    row("a2", "true_false", "  sentence   a. ", 1),
    row("b1", "fill_in", "Sentence B.", 2),
    row("n1", "true_false", "", 3),
    row("n2", "true_false", "", 4),
  ];

  it("takes one question per sentence (spacing and case aside), and items without a quote each count alone", () => {
    for (const seed of ["1", "2", "3", "4", "5"]) {
      const drawn = drawQuestions(rows, { count: 10 }, seededRandom(seed));
      expect(drawn).toHaveLength(4);
      expect(drawn.filter((r) => r.id.startsWith("a"))).toHaveLength(1);
      expect(drawn.map((r) => r.position)).toEqual([...drawn.map((r) => r.position)].sort((x, y) => x - y));
    }
  });

  it("keeps to the count and the types, and covers every type first when asked", () => {
    expect(drawQuestions(rows, { count: 2, types: ["true_false"] }, seededRandom("x")).every((r) => r.type === "true_false")).toBe(true);
    expect(drawQuestions(rows, { count: 2 }, seededRandom("y"))).toHaveLength(2);
    const covered = drawQuestions(rows, { count: 3, coverTypes: true }, seededRandom("z"));
    expect(new Set(covered.map((r) => r.type))).toEqual(new Set(["multiple_choice", "true_false", "fill_in"]));
  });
});
