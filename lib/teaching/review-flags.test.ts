import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/generator/types";
import { reviewFlags, reviewFlagsById } from "./review-flags";

const article = "Seoul is the capital of South Korea and its largest city by far. Busan is the second city, a port on the south coast.";
const base: Question = {
  id: "q1",
  type: "multiple_choice",
  material: "key_fact",
  prompt: "Which city is the capital of South Korea?",
  choices: ["Seoul", "Busan"],
  answer: "Seoul",
  explanation: "",
  difficulty: "easy",
  source: { section: "", quote: "Seoul is the capital of South Korea and its largest city by far." },
};

describe("reviewFlags", () => {
  it("leaves a sound item unflagged", () => {
    expect(reviewFlags(base, article)).toEqual([]);
  });

  it("names each reason to look closer", () => {
    expect(reviewFlags({ ...base, choices: ["Seoul", "Daegu", "Busan"] }, article)).toEqual(["Generated distractor not in the article: Daegu"]);
    expect(reviewFlags({ ...base, source: { section: "", quote: "Seoul is the capital." } }, article)).toEqual([
      "Short source (4 words): little context to check it against",
    ]);
    expect(reviewFlags({ ...base, source: { section: "", quote: "" } }, article)).toEqual(["No source quote: check it against the article yourself"]);
    expect(reviewFlags({ ...base, prompt: "It is the capital of which country, and " + "x".repeat(200) }, article)).toEqual([
      "Long prompt (240 characters)",
      'Starts with "It": is it clear who or what is meant?',
    ]);
    expect(reviewFlags({ ...base, answer: "Busan", choices: ["Seoul", "Busan"] }, article)).toEqual(["The key is not in the quoted sentence"]);
    expect(reviewFlags({ ...base, type: "ordering", choices: undefined, answer: undefined, items: ["a", "b"] }, article)).toEqual([
      "Ordering of fewer than 3 items gives itself away",
    ]);
  });

  it("keys the flags by item id and skips the clean ones", () => {
    expect(reviewFlagsById([base, { ...base, id: "q2", choices: ["Seoul", "Daegu"] }], article)).toEqual({ q2: ["Generated distractor not in the article: Daegu"] });
  });
});
