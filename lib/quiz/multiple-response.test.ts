import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/errors";
import type { Question } from "@/lib/generator/types";
import { finishAttempt, getAttemptView, startPracticeAttempt, submitAnswer } from "@/lib/quiz";
import { QUESTIONS, itemIdOf, makeSet, makeUser } from "./test-fixtures";

// A multiple-response question through the quiz engine, on the real SQLite file: the key stays on
// the server until answered, the server grades the ticked choices, and a choice not shown is refused.

const primes: Question = {
  id: "q-mr", type: "multiple_response", material: "key_fact", difficulty: "medium",
  prompt: "Which of these numbers are primes?", choices: ["2", "3", "4", "9"], answers: ["2", "3"],
  explanation: "EXPLAIN-MR: 4 and 9 have divisors.", source: { section: "Numbers", quote: "QUOTE-MR primes" },
};

async function startWithPrimes() {
  const user = await makeUser();
  const setId = await makeSet(null, "PUBLIC", { title: "Primes", flashcards: [], questions: [primes, QUESTIONS[0]] });
  const { attemptId } = await startPracticeAttempt(user, setId, { seed: "fixed" });
  return { user, attemptId, itemId: await itemIdOf(setId, "q-mr") };
}

describe("multiple response in a quiz", () => {
  it("shows the choices but not which are right, then grades the ticked choices on the server", async () => {
    const { user, attemptId, itemId } = await startWithPrimes();
    const before = await getAttemptView(user, attemptId);
    const shown = before.questions.find((q) => q.question.itemId === itemId)?.question;
    expect(shown).toMatchObject({ type: "multiple_response", prompt: primes.prompt });
    expect(shown?.type === "multiple_response" && [...shown.choices].sort()).toEqual(["2", "3", "4", "9"]);
    const json = JSON.stringify(before);
    expect(json).not.toMatch(/"answers?"|EXPLAIN-MR|QUOTE-MR/);

    const saved = await submitAnswer(user, attemptId, itemId, ["3", "2"]);
    expect(saved.result).toMatchObject({ status: "graded", correct: true, expected: "2; 3", explanation: primes.explanation });
    expect(await finishAttempt(user, attemptId)).toMatchObject({ score: 1, total: 2 });
  });

  it("an answer with a wrong choice ticked is stored as wrong", async () => {
    const { user, attemptId, itemId } = await startWithPrimes();
    const saved = await submitAnswer(user, attemptId, itemId, ["2", "3", "9"]);
    expect(saved.result).toMatchObject({ correct: false, response: ["2", "3", "9"] });
    const row = await db.quizAnswer.findFirstOrThrow({ where: { attemptId, itemId } });
    expect(row.correct).toBe(false);
  });

  it("refuses a choice not shown, a choice ticked twice, nothing ticked and a lone string, storing nothing", async () => {
    const { user, attemptId, itemId } = await startWithPrimes();
    for (const response of [["2", "5"], ["2", "2"], [], "2"]) {
      const error = await submitAnswer(user, attemptId, itemId, response as never).then(() => null, (e: unknown) => e);
      expect(error, JSON.stringify(response)).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(422);
    }
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });
});
