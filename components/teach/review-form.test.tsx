import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readArticle } from "@/lib/generator";
import type { StudySetDraft } from "@/lib/validations/study-set";
import { fakeApi, push, routerModule } from "@/tests/components/fake-api";
import { ReviewForm } from "./review-form";

vi.mock("next/navigation", () => routerModule());
afterEach(() => vi.unstubAllGlobals());

const source = { section: "Reefs", quote: "Reefs are built by polyps." };
const draft: StudySetDraft = {
  title: "Coral reefs",
  visibility: "PRIVATE",
  flashcards: [{ id: "c1", kind: "key_fact", material: "key_fact", front: "Who builds reefs?", back: "Polyps", explanation: "", difficulty: "easy", source }],
  questions: [{ id: "q1", type: "true_false", material: "key_fact", prompt: "Reefs are built by polyps.", answer: true, explanation: "", difficulty: "easy", source }],
};
const article = readArticle("# Reefs\n\nReefs are built by polyps.\n");

function form() {
  render(<ReviewForm setId="set-1" initial={draft} published={false} article={article} flags={{}} />);
}

describe("review form", () => {
  it("saves the draft as edited, and says students see nothing until it is published", async () => {
    const sent = fakeApi({ status: 200, body: draft });
    form();
    const title = screen.getByLabelText("Title");
    await userEvent.clear(title);
    await userEvent.type(title, "Reefs, revised");
    await userEvent.click(screen.getByRole("button", { name: "Save draft" }));
    expect(sent[0]).toMatchObject({ url: "/api/teach/sets/set-1/draft", method: "PUT", body: { title: "Reefs, revised" } });
    expect((await screen.findAllByRole("status")).map((node) => node.textContent).join(" ")).toMatch(/Draft saved/);
  });

  it("an empty title is caught before anything is sent; a refusal from the server marks the field and keeps the edits", async () => {
    const sent = fakeApi({ status: 422, body: { error: "Some fields are not valid.", code: "invalid", fieldErrors: { title: ["That title is taken by another of your sets."] } } });
    form();
    const title = screen.getByLabelText("Title");
    await userEvent.clear(title);
    await userEvent.click(screen.getByRole("button", { name: "Publish" }));
    expect(sent).toHaveLength(0);
    expect(await screen.findByText("The title cannot be empty.")).toBeTruthy();
    await userEvent.type(title, "Reefs");
    await userEvent.click(screen.getByRole("button", { name: "Publish" }));
    expect(sent[0]).toMatchObject({ url: "/api/teach/sets/set-1/publish", method: "POST" });
    expect(await screen.findByText("That title is taken by another of your sets.")).toBeTruthy();
    expect(screen.getAllByRole("status").map((node) => node.textContent).join(" ")).toMatch(/Your edits are still here/);
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Reefs");
    expect(push).not.toHaveBeenCalled();
  });

  it("saves the kept marks with the draft, and a reopened draft shows them", async () => {
    const sent = fakeApi({ status: 200, body: draft });
    form();
    await userEvent.click(screen.getByRole("button", { name: "Keep question 1" }));
    await userEvent.click(screen.getByRole("button", { name: "Save draft" }));
    expect(sent[0]).toMatchObject({ method: "PUT", body: { kept: ["q1"] } });

    render(<ReviewForm setId="set-1" initial={{ ...draft, kept: ["c1"] }} published={false} article={article} flags={{}} />);
    const counts = screen.getAllByTestId("review-counts").at(-1)!;
    expect(counts.textContent).toMatch(/^1 kept · 1 to review/);
    expect(screen.getAllByRole("button", { name: "Keep card 1" }).at(-1)!.getAttribute("aria-pressed")).toBe("true");
  });
});
