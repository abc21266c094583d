import { describe, expect, it } from "vitest";
import { gradeAnswer } from "./grade";
import type { Question } from "./types";

const source = { section: "", quote: "x" };
const base = { id: "q", material: "key_fact" as const, explanation: "", difficulty: "easy" as const, source };

const fillIn: Question = { ...base, type: "fill_in", prompt: "Along the _____ (DMZ).", answer: "Demilitarized Zone", accepted: ["DMZ"] };

describe("gradeAnswer", () => {
  it("accepts fill-in answers despite case, punctuation, accents, articles and a small typo", () => {
    for (const response of ["demilitarized zone", "The Demilitarized Zone.", "Démilitarized  Zone", "Demilitarised Zone", "DMZ", "d.m.z"]) {
      expect(gradeAnswer(fillIn, response).correct, response).toBe(true);
    }
    expect(gradeAnswer(fillIn, "Demilitarised Zone").typo).toBe(true);
  });

  it("rejects wrong fill-in answers, empty ones, and wrong numbers even when one digit off", () => {
    expect(gradeAnswer(fillIn, "Korean border").correct).toBe(false);
    expect(gradeAnswer(fillIn, "  ").correct).toBe(false);
    const year: Question = { ...base, type: "fill_in", prompt: "In _____.", answer: "early 2024", accepted: ["2024"] };
    expect(gradeAnswer(year, "2024").correct).toBe(true);
    expect(gradeAnswer(year, "early 2025").correct).toBe(false);
  });

  it("never lets an accepted spelling change a value: decimal points, thousands and leading zeros count", () => {
    const price: Question = { ...base, type: "fill_in", prompt: "Tickets cost _____.", answer: "$1.25", accepted: ["1.25", "$125"] };
    expect(gradeAnswer(price, "$1.25").correct).toBe(true);
    expect(gradeAnswer(price, "1.25").correct).toBe(true);
    expect(gradeAnswer(price, "$125").correct).toBe(false);
    expect(gradeAnswer(price, "125").correct).toBe(false);
    const budget: Question = { ...base, type: "fill_in", prompt: "A budget of _____.", answer: "$1.2 million" };
    expect(gradeAnswer(budget, "$12 million").correct).toBe(false);
    expect(gradeAnswer(budget, "1.2 milion").correct).toBe(true);
    const ratio: Question = { ...base, type: "fill_in", prompt: "A ratio of _____.", answer: "0.4" };
    expect(gradeAnswer(ratio, "04").correct).toBe(false);
    expect(gradeAnswer(ratio, "0.4").correct).toBe(true);
    const count: Question = { ...base, type: "fill_in", prompt: "About _____ people.", answer: "1,200" };
    expect(gradeAnswer(count, "1200").correct).toBe(true);
    expect(gradeAnswer(count, "12,000").correct).toBe(false);
    expect(gradeAnswer(count, "1,201").correct).toBe(false);
  });

  it("keeps word answers tolerant of accents and a small typo but not of a wrong figure beside them", () => {
    const named: Question = { ...base, type: "fill_in", prompt: "The _____ mission.", answer: "Artemis II" };
    expect(gradeAnswer(named, "artemis ii").correct).toBe(true);
    expect(gradeAnswer(named, "Artemiss II").correct).toBe(true);
    const model: Question = { ...base, type: "fill_in", prompt: "The _____ probe.", answer: "D-41" };
    expect(gradeAnswer(model, "d41").correct).toBe(true);
    expect(gradeAnswer(model, "D-42").correct).toBe(false);
  });

  it("accepts smart and straight quotes alike", () => {
    const quoted: Question = { ...base, type: "fill_in", prompt: "as _____", answer: "“easily reversible”" };
    expect(gradeAnswer(quoted, '"easily reversible"').correct).toBe(true);
  });

  it("grades multiple choice and true/false", () => {
    const mc: Question = { ...base, type: "multiple_choice", prompt: "?", choices: ["Elevated", "Frozen", "Mixed"], answer: "Elevated" };
    expect(gradeAnswer(mc, "elevated").correct).toBe(true);
    expect(gradeAnswer(mc, "Frozen").correct).toBe(false);
    const tf: Question = { ...base, type: "true_false", prompt: "?", answer: false };
    expect(gradeAnswer(tf, false).correct).toBe(true);
    expect(gradeAnswer(tf, "False").correct).toBe(true);
    expect(gradeAnswer(tf, true).correct).toBe(false);
  });

  it("grades matching from a map or a list of pairs, with partial credit", () => {
    const matching: Question = {
      ...base,
      type: "matching",
      prompt: "Match",
      pairs: [
        { left: "A", right: "1" },
        { left: "B", right: "2" },
        { left: "C", right: "3" },
      ],
    };
    expect(gradeAnswer(matching, { A: "1", B: "2", C: "3" }).correct).toBe(true);
    const partial = gradeAnswer(matching, [
      { left: "A", right: "1" },
      { left: "B", right: "3" },
      { left: "C", right: "2" },
    ]);
    expect(partial.correct).toBe(false);
    expect(partial.score).toBeCloseTo(1 / 3);
  });

  it("grades ordering", () => {
    const ordering: Question = { ...base, type: "ordering", prompt: "Order", items: ["First", "Second", "Third"] };
    expect(gradeAnswer(ordering, ["first", "second", "third"]).correct).toBe(true);
    expect(gradeAnswer(ordering, ["Second", "First", "Third"]).score).toBeCloseTo(1 / 3);
  });
});

describe("numeric questions (imported from GIFT or Moodle)", () => {
  const numeric: Question = {
    id: "q-num",
    type: "numeric",
    material: "key_fact",
    prompt: "What is pi to two places?",
    answer: "3.14",
    tolerance: 0.005,
    explanation: "",
    difficulty: "medium",
    source: { section: "", quote: "" },
  };

  it("grades within the tolerance right, outside it wrong, and reads a decimal comma", () => {
    expect(gradeAnswer(numeric, "3.14").correct).toBe(true);
    expect(gradeAnswer(numeric, "3,144").correct).toBe(true);
    expect(gradeAnswer(numeric, "3.145").correct).toBe(true);
    expect(gradeAnswer(numeric, "3.15").correct).toBe(false);
    expect(gradeAnswer(numeric, "pi").correct).toBe(false);
    expect(gradeAnswer(numeric, "3.15").expected).toBe("3.14 (± 0.005)");
  });

  it("without a tolerance wants the number itself, however it is written", () => {
    const exact = { ...numeric, answer: "1822", tolerance: undefined };
    expect(gradeAnswer(exact, " 1822 ").correct).toBe(true);
    expect(gradeAnswer(exact, "1822.0").correct).toBe(true);
    expect(gradeAnswer(exact, "1823").correct).toBe(false);
  });
});

describe("multiple-response questions (several right answers, partial credit)", () => {
  // Three right choices and two wrong ones: each right tick is worth 1/3, each wrong tick costs 1/2.
  const primes: Question = { ...base, id: "q-mr", type: "multiple_response", prompt: "Which are primes?", choices: ["2", "3", "5", "4", "9"], answers: ["2", "3", "5"] };

  it("is correct only for exactly the right choices, in any order and case", () => {
    expect(gradeAnswer(primes, ["5", "2", "3"])).toMatchObject({ correct: true, score: 1, expected: "2; 3; 5" });
    expect(gradeAnswer(primes, ["2", "3"]).correct).toBe(false);
    expect(gradeAnswer(primes, ["2", "3", "5", "4"]).correct).toBe(false);
  });

  it("gives 1/k per right choice, takes 1/w per wrong one, never below zero", () => {
    expect(gradeAnswer(primes, ["2"]).score).toBeCloseTo(1 / 3);
    expect(gradeAnswer(primes, ["2", "3"]).score).toBeCloseTo(2 / 3);
    expect(gradeAnswer(primes, ["2", "3", "4"]).score).toBeCloseTo(2 / 3 - 1 / 2);
    expect(gradeAnswer(primes, ["2", "3", "5", "4"]).score).toBeCloseTo(1 / 2);
    // Ticking every box, or only wrong ones, earns nothing.
    expect(gradeAnswer(primes, ["2", "3", "5", "4", "9"]).score).toBe(0);
    expect(gradeAnswer(primes, ["4", "9"]).score).toBe(0);
    expect(gradeAnswer(primes, ["2", "4", "9"]).score).toBe(0);
  });

  it("counts a choice ticked twice once and ignores what is not a list", () => {
    expect(gradeAnswer(primes, ["2", "2", "2"]).score).toBeCloseTo(1 / 3);
    expect(gradeAnswer(primes, "2").score).toBe(0);
  });
});
