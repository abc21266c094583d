import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AttemptView } from "@/lib/quiz/types";
import { AttemptReview } from "./attempt-review";

const source = { section: "Reefs", quote: "Reefs are built by polyps." };
const mc = { itemId: "q1", type: "multiple_choice" as const, prompt: "What builds reefs?", choices: ["Polyps", "Algae", "Sponges"] };
const tf = { itemId: "q2", type: "true_false" as const, prompt: "Reefs are built by algae." };

function view(revealsAnswers: boolean): AttemptView {
  const graded = (response: string | boolean, correct: boolean, expected: string) =>
    revealsAnswers ? { status: "graded" as const, response, correct, expected, explanation: "", source } : { status: "recorded" as const, response };
  return {
    id: "attempt-1", kind: "assignment", setId: "set-1", setTitle: "Coral reefs", assignmentId: "as-1", revealsAnswers, answersShownAfterSubmitting: revealsAnswers,
    startedAt: new Date().toISOString(), deadline: null, dueAt: null, submittedAt: new Date().toISOString(), late: false, score: 1, total: 2,
    questions: [
      { position: 0, question: mc, result: graded("Algae", false, "Polyps") },
      { position: 1, question: tf, result: graded(false, true, "False") },
    ],
  };
}

const marksOf = (question: HTMLElement) =>
  within(question)
    .getAllByRole("listitem")
    .map((option) => option.textContent);

describe("attempt review", () => {
  it("marks the chosen and the right option of each question in place, in words", () => {
    render(<AttemptReview view={view(true)} />);
    const [first, second] = screen.getAllByTestId("reviewed-question");
    expect(marksOf(first)).toEqual(["Polyps✓ Right answer", "Algae✗ Your answer, wrong", "Sponges"]);
    expect(marksOf(second)).toEqual(["True", "False✓ Your answer, right"]);
  });

  it("when answers are withheld, marks only the pick", () => {
    render(<AttemptReview view={view(false)} />);
    const [first] = screen.getAllByTestId("reviewed-question").slice(-2);
    expect(marksOf(first)).toEqual(["Polyps", "Algae• Your answer", "Sponges"]);
    expect(within(first).queryByText(/Right answer/)).toBeNull();
  });
});
