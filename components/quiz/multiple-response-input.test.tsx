import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttemptView } from "@/lib/quiz/types";
import { fakeApi, routerModule } from "@/tests/components/fake-api";
import { QuizRunner } from "./quiz-runner";

vi.mock("next/navigation", () => routerModule());
afterEach(() => vi.unstubAllGlobals());

const view: AttemptView = {
  id: "attempt-mr", kind: "practice", setId: "set-1", setTitle: "Numbers", assignmentId: null, revealsAnswers: true, answersShownAfterSubmitting: true,
  startedAt: new Date().toISOString(), deadline: null, dueAt: null, submittedAt: null, late: false, score: null, total: 1,
  questions: [{ position: 0, question: { itemId: "mr", type: "multiple_response", prompt: "Which are primes?", choices: ["4", "2", "9", "3"] }, result: null }],
};

describe("a multiple-response question in the quiz runner", () => {
  it("is a group of labelled checkboxes, ticked with the keyboard, sent as the ticked choices in the order shown", async () => {
    const sent = fakeApi({
      status: 200,
      body: { itemId: "mr", repeated: false, result: { status: "graded", response: ["2", "3"], correct: true, expected: "2; 3", explanation: "Both have no divisors.", source: { section: "", quote: "" } } },
    });
    render(<QuizRunner initialView={view} />);
    const group = screen.getByRole("group", { name: "Which are primes?" });
    expect(group.getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByText(/there may be more than one/)).toBeTruthy();
    expect(screen.getAllByRole("checkbox").map((box) => box.getAttribute("value"))).toEqual(["4", "2", "9", "3"]);

    // Nothing ticked yet: the runner asks first.
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByText("Answer the question first.")).toBeTruthy();

    // Keyboard only: Space ticks the focused box; ticking and unticking 9 leaves it out.
    for (const choice of ["3", "9", "2", "9"]) {
      screen.getByRole("checkbox", { name: choice }).focus();
      await userEvent.keyboard(" ");
    }
    expect(screen.getAllByRole("checkbox").filter((box) => (box as HTMLInputElement).checked).map((box) => box.getAttribute("value"))).toEqual(["2", "3"]);
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(sent[0]).toMatchObject({ url: "/api/quiz/attempts/attempt-mr/answers", body: { itemId: "mr", response: ["2", "3"] } });
    expect(screen.getByTestId("feedback").textContent).toMatch(/Correct!.*Both have no divisors\./);
  });
});
