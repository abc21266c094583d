import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttemptView } from "@/lib/quiz/types";
import { fakeApi, push, routerModule } from "@/tests/components/fake-api";
import { QuizRunner } from "./quiz-runner";

vi.mock("next/navigation", () => routerModule());
afterEach(() => vi.unstubAllGlobals());

const source = { section: "Reefs", quote: "Reefs cover under one percent of the ocean floor." };

function view(overrides: Partial<AttemptView> = {}): AttemptView {
  return {
    id: "attempt-1", kind: "practice", setId: "set-1", setTitle: "Coral reefs", assignmentId: null, revealsAnswers: true, answersShownAfterSubmitting: true,
    startedAt: new Date().toISOString(), deadline: null, dueAt: null, submittedAt: null, late: false, score: null, total: 2,
    questions: [
      { position: 0, question: { itemId: "q1", type: "true_false", prompt: "Reefs cover most of the ocean floor." }, result: null },
      { position: 1, question: { itemId: "q2", type: "fill_in", prompt: "Warm water causes coral _____." }, result: null },
    ],
    ...overrides,
  };
}

describe("quiz runner", () => {
  it("asks before sending an empty answer, then shows the server's feedback for the saved one", async () => {
    const sent = fakeApi({
      status: 200,
      body: { itemId: "q1", repeated: false, result: { status: "graded", response: false, correct: true, expected: "False", explanation: "Under one percent.", source } },
    });
    render(<QuizRunner initialView={view()} />);
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByText("Answer the question first.")).toBeTruthy();
    expect(sent).toHaveLength(0);
    await userEvent.click(screen.getByRole("radio", { name: "False" }));
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(sent[0]).toMatchObject({ url: "/api/quiz/attempts/attempt-1/answers", body: { itemId: "q1", response: false } });
    expect(screen.getByTestId("feedback").textContent).toMatch(/Correct!.*Under one percent\./);
  });

  it("when the server says time is up (code time_up), the attempt is submitted and its review opened, whatever the wording", async () => {
    const sent = fakeApi(
      { status: 409, body: { error: "Die Zeit ist um.", code: "time_up" } },
      { status: 200, body: { attemptId: "attempt-1", score: 1, total: 2, answered: 1, missed: 1, submittedAt: new Date().toISOString(), late: false } },
    );
    render(<QuizRunner initialView={view({ kind: "assignment", assignmentId: "as-1", revealsAnswers: false })} />);
    await userEvent.click(screen.getByRole("radio", { name: "True" }));
    await userEvent.click(screen.getByRole("button", { name: "Save answer" }));
    expect(sent.map((request) => request.url)).toEqual(["/api/quiz/attempts/attempt-1/answers", "/api/quiz/attempts/attempt-1/finish"]);
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/assignments/as-1/attempts/attempt-1?ended=time"));
  });

  it("another refusal is shown as the server worded it and the answer stays to try again", async () => {
    fakeApi({ status: 409, body: { error: "This quiz is already submitted; answers can no longer change.", code: "conflict" } });
    render(<QuizRunner initialView={view()} />);
    await userEvent.click(screen.getByRole("radio", { name: "True" }));
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByText("This quiz is already submitted; answers can no longer change.")).toBeTruthy();
    expect((screen.getByRole("radio", { name: "True" }) as HTMLInputElement).checked).toBe(true);
  });

  it("in practice, marks the chosen and the right option in place, in words as well as colour, and the score screen recaps each question", async () => {
    const mc = { itemId: "q1", type: "multiple_choice" as const, prompt: "What builds reefs?", choices: ["Polyps", "Algae", "Sponges"] };
    fakeApi(
      { status: 200, body: { itemId: "q1", repeated: false, result: { status: "graded", response: "Algae", correct: false, expected: "Polyps", explanation: "", source } } },
      { status: 200, body: { itemId: "q2", repeated: false, result: { status: "graded", response: "bleaching", correct: true, expected: "bleaching", explanation: "", source } } },
      { status: 200, body: { attemptId: "attempt-1", score: 1, total: 2, answered: 2, missed: 1, submittedAt: new Date().toISOString(), late: false } },
    );
    render(<QuizRunner initialView={view({ questions: [{ position: 0, question: mc, result: null }, view().questions[1]] })} />);
    await userEvent.click(screen.getByRole("radio", { name: "Algae" }));
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    const optionText = (name: string) => screen.getByRole("radio", { name: new RegExp(`^${name}`) }).closest("label")!.textContent;
    expect(optionText("Algae")).toMatch(/✗ Your answer, wrong$/);
    expect(optionText("Polyps")).toMatch(/✓ Right answer$/);
    expect(optionText("Sponges")).toBe("Sponges");

    await userEvent.click(screen.getByRole("button", { name: "Next question" }));
    await userEvent.type(screen.getByRole("textbox"), "bleaching");
    await userEvent.click(screen.getByRole("button", { name: "Check answer" }));
    await userEvent.click(screen.getByRole("button", { name: "See your score" }));
    const recap = (await screen.findAllByTestId("recap-question")).map((item) => item.textContent);
    expect(recap[0]).toMatch(/^1\. What builds reefs\?Your answer: Algae✗ WrongRight answer: Polyps$/);
    expect(recap[1]).toMatch(/^2\. Warm water causes coral _____\.Your answer: bleaching✓ Right$/);
  });

  it("in an assignment, a saved answer marks only the pick: no right option, no right or wrong", async () => {
    const mc = { itemId: "q1", type: "multiple_choice" as const, prompt: "What builds reefs?", choices: ["Polyps", "Algae", "Sponges"] };
    fakeApi({ status: 200, body: { itemId: "q1", repeated: false, result: { status: "recorded", response: "Algae" } } });
    render(<QuizRunner initialView={view({ kind: "assignment", assignmentId: "as-1", revealsAnswers: false, questions: [{ position: 0, question: mc, result: null }, view().questions[1]] })} />);
    await userEvent.click(screen.getByRole("radio", { name: "Algae" }));
    await userEvent.click(screen.getByRole("button", { name: "Save answer" }));
    expect(await screen.findByText(/Answer saved: Algae/)).toBeTruthy();
    expect(screen.getAllByTestId("option-mark").map((mark) => mark.textContent)).toEqual(["• Your answer"]);
  });
});
