import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionCard } from "@/lib/data/study";
import { fakeApi, routerModule } from "@/tests/components/fake-api";
import { FlashcardSession } from "./flashcard-session";

vi.mock("next/navigation", () => routerModule());
afterEach(() => vi.unstubAllGlobals());

const intervals = { 1: "1 min", 2: "6 min", 3: "3 days", 4: "8 days" };
const card = (itemId: string, front: string, back: string): SessionCard => ({
  itemId, itemKey: itemId, isNew: true, front, back, explanation: `Why ${back}`, material: "key_fact", section: "Reefs", intervals,
});
const zero = { 1: 0, 2: 0, 3: 0, 4: 0 };
const later = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

function session() {
  render(<FlashcardSession setId="set-1" initialCards={[card("a", "Who builds reefs?", "Polyps"), card("b", "Largest reef?", "Great Barrier Reef")]} today={zero} lastGrade={null} />);
}

describe("flashcard session", () => {
  it("shows the front, then the back and the four grades; a grade is saved and the next card comes", async () => {
    const sent = fakeApi({ status: 200, body: { due: later(), nextIntervals: intervals } });
    session();
    expect(screen.getByTestId("card-front").textContent).toBe("Who builds reefs?");
    expect(screen.queryByTestId("card-back")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Show answer" }));
    expect(screen.getByTestId("card-back").textContent).toBe("Polyps");
    await userEvent.click(screen.getByRole("button", { name: /^Good/ }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: "/api/reviews", method: "POST", body: { itemId: "a", rating: 3 } });
    expect(screen.getByTestId("card-front").textContent).toBe("Largest reef?");
    expect(screen.getByTestId("study-status").textContent).toMatch(/Saved: Good/);
  });

  it("a refused grade keeps the card and says why; grading by keyboard works too", async () => {
    fakeApi({ status: 409, body: { error: "This card was just graded elsewhere. Please try again.", code: "conflict" } });
    session();
    await userEvent.keyboard(" ");
    await userEvent.keyboard("1");
    expect(screen.getByTestId("study-status").textContent).toBe("This card was just graded elsewhere. Please try again.");
    expect(screen.getByTestId("card-front").textContent).toBe("Who builds reefs?");
  });

  it("offline, the grade is kept for a retry with the same request id", async () => {
    const sent = fakeApi();
    session();
    await userEvent.click(screen.getByRole("button", { name: "Show answer" }));
    await userEvent.click(screen.getByRole("button", { name: /^Easy/ }));
    expect(screen.getByTestId("study-status").textContent).toMatch(/offline/);
    fakeApi({ status: 200, body: { due: later(), nextIntervals: intervals } });
    await userEvent.click(screen.getByRole("button", { name: /^Easy/ }));
    const retried = (globalThis.fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls[0][1];
    expect(JSON.parse(String(retried.body)).requestId).toBe((sent[0].body as { requestId: string }).requestId);
  });

  it("after the last card, the session summary counts the grades", async () => {
    fakeApi({ status: 200, body: { due: later(), nextIntervals: intervals } }, { status: 200, body: { due: later(), nextIntervals: intervals } });
    session();
    for (let i = 0; i < 2; i++) {
      await userEvent.click(screen.getByRole("button", { name: "Show answer" }));
      await userEvent.click(screen.getByRole("button", { name: /^Hard/ }));
    }
    expect(screen.getByRole("heading", { name: "Session complete" })).toBeTruthy();
    expect(screen.getByTestId("session-summary").textContent).toMatch(/You reviewed 2 cards/);
  });

  it("the daily new-card count goes down as new cards are graded, not for reviews, and back up on undo", async () => {
    const saved = { status: 200, body: { due: later(), nextIntervals: intervals } };
    fakeApi(saved, saved, { status: 200, body: {} }, { status: 200, body: {} });
    const review = { ...card("r", "Reef builders?", "Polyps"), isNew: false };
    render(<FlashcardSession setId="set-1" initialCards={[card("a", "Who builds reefs?", "Polyps"), review]} today={zero} lastGrade={null} newCards={{ perDay: 10, left: 5 }} />);
    const left = () => screen.getByTestId("new-cards-left").textContent;
    expect(left()).toMatch(/Up to 10 new cards a day \(5 left today\)/);
    await userEvent.click(screen.getByRole("button", { name: "Show answer" }));
    await userEvent.click(screen.getByRole("button", { name: /^Good/ }));
    expect(left()).toMatch(/\(4 left today\)/);
    await userEvent.click(screen.getByRole("button", { name: "Show answer" }));
    await userEvent.click(screen.getByRole("button", { name: /^Good/ }));
    expect(left()).toMatch(/\(4 left today\)/);
    await userEvent.keyboard("u");
    await waitFor(() => expect(screen.getByTestId("card-front").textContent).toBe("Reef builders?"));
    expect(left()).toMatch(/\(4 left today\)/);
    await userEvent.keyboard("u");
    await waitFor(() => expect(screen.getByTestId("card-front").textContent).toBe("Who builds reefs?"));
    expect(left()).toMatch(/\(5 left today\)/);
  });
});
