import { describe, expect, it } from "vitest";
import { questionDraftSchema } from "./study-set";

// The review form's schema (browser and server) for a multiple-response question.

const draft = {
  id: "mr", type: "multiple_response", material: "key_fact", prompt: "Which are primes?", choices: ["2", "3", "4"], answers: ["2", "3"],
  explanation: "", difficulty: "medium", source: { section: "", quote: "" },
};

const issuesOf = (value: unknown) => {
  const parsed = questionDraftSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("a multiple-response draft", () => {
  it("is valid with one or more right answers among distinct choices", () => {
    expect(issuesOf(draft)).toEqual([]);
    expect(issuesOf({ ...draft, answers: ["4"] })).toEqual([]);
  });

  it("names the field when no answer is ticked, an answer is no choice, or two choices are the same", () => {
    expect(issuesOf({ ...draft, answers: [] })).toEqual([["answers", "Tick at least one right answer."]]);
    expect(issuesOf({ ...draft, answers: ["2", "5"] })).toEqual([["answers", "Every right answer must be one of the choices."]]);
    expect(issuesOf({ ...draft, choices: ["2", "3", "3"] })).toEqual([["choices.2", "Two choices are the same."]]);
  });
});
