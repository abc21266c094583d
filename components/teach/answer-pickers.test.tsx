import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm, useWatch } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { StudySetDraft } from "@/lib/validations/study-set";
import { ChoicesEditor } from "./answer-pickers";

// The picker inside a real react-hook-form, printing what the form would submit.
function Harness({ choices, answer, answers }: { choices: string[]; answer?: string; answers?: string[] }) {
  const type = answers ? "multiple_response" : "multiple_choice";
  const { control, formState } = useForm<StudySetDraft>({
    defaultValues: {
      title: "T", visibility: "PRIVATE", flashcards: [],
      questions: [{ id: "q1", type, material: "key_fact", prompt: "Who builds reefs?", choices, answer, answers, explanation: "", difficulty: "easy", source: { section: "", quote: "" } }],
    },
  });
  const question = useWatch({ control, name: "questions.0" });
  return (
    <>
      <ChoicesEditor index={0} control={control} errors={formState.errors} multiple={!!answers} />
      <output data-testid="submitted">{JSON.stringify({ choices: question.choices, answer: question.answer, answers: question.answers })}</output>
    </>
  );
}

const submitted = () => JSON.parse(screen.getByTestId("submitted").textContent ?? "{}") as { choices: string[]; answer?: string; answers?: string[] };

describe("answer pickers", () => {
  it("the correct answer is picked among the choices, and follows its choice when the text is edited", async () => {
    render(<Harness choices={["Polyps", "Kelp", "Sponges"]} answer="Polyps" />);
    expect((screen.getByRole("radio", { name: "Polyps" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("radio", { name: "Kelp" }));
    expect(submitted().answer).toBe("Kelp");
    const second = screen.getByLabelText("Question 1 choice 2");
    await userEvent.clear(second);
    await userEvent.type(second, "Giant kelp");
    expect(submitted()).toEqual({ choices: ["Polyps", "Giant kelp", "Sponges"], answer: "Giant kelp" });
  });

  it("removing the picked choice clears the answer; an empty choice cannot be picked; at least two choices stay", async () => {
    render(<Harness choices={["Polyps", "Kelp", ""]} answer="Polyps" />);
    expect((screen.getAllByRole("radio")[2] as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Remove choice 1 of question 1" }));
    expect(submitted()).toEqual({ choices: ["Kelp", ""], answer: "" });
    expect((screen.getByRole("button", { name: "Remove choice 1 of question 1" }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Add a choice to question 1" }));
    expect(submitted().choices).toHaveLength(3);
  });

  it("multiple response: every right answer is ticked, follows its choice when edited, and leaves when its choice is removed", async () => {
    render(<Harness choices={["Polyps", "Algae", "Kelp"]} answers={["Polyps"]} />);
    expect(screen.getByRole("group", { name: "Question 1 right answers (tick each)" })).toBeTruthy();
    expect((screen.getByRole("checkbox", { name: "Polyps" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("checkbox", { name: "Kelp" }));
    expect(submitted().answers).toEqual(["Polyps", "Kelp"]);
    const third = screen.getByLabelText("Question 1 choice 3");
    await userEvent.clear(third);
    await userEvent.type(third, "Giant kelp");
    expect(submitted().answers).toEqual(["Polyps", "Giant kelp"]);
    await userEvent.click(screen.getByRole("button", { name: "Remove choice 1 of question 1" }));
    expect(submitted()).toMatchObject({ choices: ["Algae", "Giant kelp"], answers: ["Giant kelp"] });
    await userEvent.click(screen.getByRole("checkbox", { name: "Giant kelp" }));
    expect(submitted().answers).toEqual([]);
  });
});
