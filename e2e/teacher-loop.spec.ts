import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { generateStudySet } from "@/lib/generator";
import type { Question } from "@/lib/generator/types";
import type { AttemptView } from "@/lib/quiz";
import { expectFitsPhone, expectNoSeriousAxeViolations, jsonOf as json, signIn, signUpInNewContext, tabTo } from "./helpers";

// The teacher's loop after the quiz: three students submit an assignment in which the teacher left a
// wrong key; the item analysis shows facility, discrimination and each option's share, flags the
// question, and the teacher fixes the key from the flag, which regrades the answers. Students answer
// through the API (by item id, whatever order or draw they get), the teacher works in the browser.

const article = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8");
const generated = generateStudySet(article);

/** Four multiple-choice questions from four different sentences; the last one keyed wrong on purpose. */
function pickQuestions(): { questions: Question[]; wrongKey: string; trueAnswer: string } {
  const seen = new Set<string>();
  const picked = generated.questions.filter((question) => {
    if (question.type !== "multiple_choice" || (question.choices ?? []).length < 3 || seen.has(question.source.quote)) return false;
    seen.add(question.source.quote);
    return true;
  });
  expect(picked.length).toBeGreaterThanOrEqual(4);
  const questions = picked.slice(0, 4);
  const last = questions[3];
  const trueAnswer = String(last.answer);
  const wrongKey = last.choices!.find((choice) => choice !== trueAnswer)!;
  questions[3] = { ...last, answer: wrongKey };
  return { questions, wrongKey, trueAnswer };
}

/** A student joins and submits, answering each question by its prompt: `strong` knows the material. */
async function studentSubmits(browser: Browser, name: string, joinCode: string, assignmentId: string, questions: Question[], trueAnswer: string, strong: boolean) {
  const page = await signUpInNewContext(browser, name);
  const request = page.request;
  await json(await request.post("/api/classes/join", { data: { code: joinCode } }), 201);
  const started = await request.post("/api/quiz/attempts", { data: { assignmentId } });
  expect([200, 201]).toContain(started.status());
  const { attemptId } = (await started.json()) as { attemptId: string };
  const view = (await (await request.get(`/api/quiz/attempts/${attemptId}`)).json()) as AttemptView;
  for (const { question: shown } of view.questions) {
    const key = questions.find((question) => question.prompt === shown.prompt);
    expect(key, shown.prompt).toBeTruthy();
    const wronglyKeyed = key === questions[3];
    const right = wronglyKeyed ? trueAnswer : String(key!.answer);
    const wrong = key!.choices!.find((choice) => choice !== right)!;
    // The strong students give the true answer (marked wrong on the last); the weak one the key of the last, wrong elsewhere.
    const response = strong ? right : wronglyKeyed ? String(key!.answer) : wrong;
    const saved = await request.post(`/api/quiz/attempts/${attemptId}/answers`, { data: { itemId: shown.itemId, response } });
    expect(saved.ok(), await saved.text()).toBe(true);
  }
  expect((await request.post(`/api/quiz/attempts/${attemptId}/finish`)).ok()).toBe(true);
  await page.context().close();
}

test("item analysis flags a wrong key, and the teacher fixes it from the flag", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { questions, wrongKey, trueAnswer } = pickQuestions();
  await signIn(page, "teacher@example.com");
  const { id: setId } = await json<{ id: string }>(await page.request.post("/api/teach/sets", { data: { text: article } }), 201);
  await json(
    await page.request.post(`/api/teach/sets/${setId}/publish`, {
      data: { title: "Reef item analysis", visibility: "PRIVATE", flashcards: [], questions },
    }),
    200,
  );
  const classroom = await json<{ id: string; joinCode: string }>(await page.request.post("/api/teach/classes", { data: { name: "Analysis 9B" } }), 201);
  const { id: assignmentId } = await json<{ id: string }>(
    await page.request.post("/api/teach/assignments", {
      data: {
        classId: classroom.id,
        setId,
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        attemptsAllowed: 1,
        timeLimitMinutes: null,
        shuffleQuestions: true,
        shuffleChoices: true,
        showAnswers: false,
      },
    }),
    201,
  );
  await studentSubmits(browser, "Strong Ana", classroom.joinCode, assignmentId, questions, trueAnswer, true);
  await studentSubmits(browser, "Strong Ben", classroom.joinCode, assignmentId, questions, trueAnswer, true);
  await studentSubmits(browser, "Weak Cal", classroom.joinCode, assignmentId, questions, trueAnswer, false);

  await page.goto(`/teach/assignments/${assignmentId}`);
  await expect(page.getByRole("heading", { name: "Item analysis", exact: true })).toBeVisible();
  await expect(page.getByText("From 3 submitted attempts")).toBeVisible();
  await expect(page.getByText("1 question is flagged.")).toBeVisible();
  const flaggedCard = page.getByTestId("question-report").filter({ hasText: questions[3].prompt });
  await expect(flaggedCard.getByRole("list", { name: "Flags" })).toContainText("Negative discrimination");
  // x = [0, 0, 1], rest of the score = [3/3, 3/3, 0/3]: r = -1; the strong students' answer was picked by 2 of 3.
  await expect(flaggedCard).toContainText("33% (1 of 3)");
  await expect(flaggedCard).toContainText("-1.00");
  await expect(flaggedCard.getByRole("row", { name: new RegExp(`^${trueAnswer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })).toContainText("67%");
  await expect(flaggedCard.getByRole("row", { name: /✓ key/ })).toContainText(wrongKey);
  const cleanCard = page.getByTestId("question-report").filter({ hasText: questions[0].prompt });
  await expect(cleanCard).toContainText("67% (2 of 3)");
  await expect(cleanCard).toContainText("1.00");
  await expectNoSeriousAxeViolations(page, "assignment report");
  await expectFitsPhone(page, "assignment report");

  // The flag in the summary table opens the question beside its source.
  await page.getByTestId("item-summary-row").filter({ hasText: questions[3].prompt }).getByRole("link", { name: /Negative discrimination/ }).click();
  await expect(page.getByRole("heading", { name: /Fix a question/ })).toBeVisible();
  await expect(page.getByTestId("fix-source-quote")).toContainText(questions[3].source.quote.slice(0, 30));
  await expect(page.locator("#quote")).toBeAttached();
  await expectNoSeriousAxeViolations(page, "fix page");
  await expectFitsPhone(page, "fix page");
  await page.getByRole("group", { name: "Correct answer" }).getByLabel(trueAnswer, { exact: true }).check();
  await page.getByRole("button", { name: "Save and regrade" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 answers regraded, 3 submitted attempts rescored" })).toBeVisible();

  await page.getByRole("link", { name: "Back to the analysis" }).click();
  await expect(page.getByText("No question is flagged.")).toBeVisible();
  await expect(page.getByTestId("question-report").filter({ hasText: questions[3].prompt })).toContainText("67% (2 of 3)");

  await page.goto(`/teach/classes/${classroom.id}/gradebook?sort=average&dir=desc`);
  await expect(page.getByRole("row", { name: /Strong Ana/ })).toContainText("4/4 (100%)");
  await expect(page.getByRole("row", { name: /Weak Cal/ })).toContainText("0/4 (0%)");
  await expect(page.locator("tbody tr").first()).toContainText(/Strong/);
  await expect(page.locator("tbody tr").last()).toContainText("Weak Cal");
  await expectNoSeriousAxeViolations(page, "gradebook");
  await expectFitsPhone(page, "gradebook");
  const csv = await (await page.request.get(`/api/teach/classes/${classroom.id}/gradebook`)).text();
  expect(csv.split("\r\n")[0]).toContain("Average %,Submitted,Late,Missing");
  expect(csv).toContain("Class average");

  await page.goto(`/teach/sets/${setId}/analysis`);
  await expect(page.getByText("Across 1 assignment in your classes.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to re-teach" })).toBeVisible();
  await expect(page.getByTestId("source-mastery").first()).toContainText("wrong");
  await expectNoSeriousAxeViolations(page, "set analysis");
  await expectFitsPhone(page, "set analysis");
});

test("a teacher reviews a generated set by keyboard alone: filters, discards five, edits one, publishes", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "teacher@example.com");
  const text = article.replace("# Coral Reefs Under Heat Stress", "# Coral Reefs Reviewed by Keyboard");
  const reviewed = generateStudySet(text);
  const { id: setId } = await json<{ id: string }>(await page.request.post("/api/teach/sets", { data: { text } }), 201);
  await page.goto(`/teach/sets/${setId}/edit`);
  const total = reviewed.questions.length;
  await expect(page.getByRole("heading", { name: `Quiz questions (${total})` })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "review form");
  await expectFitsPhone(page, "review form");

  // Flagged items say why.
  const flagged = page.locator("[data-review-item]").filter({ has: page.getByRole("list", { name: /is flagged/ }) });
  await expect(flagged.first()).toContainText("⚠");

  // Filter to true/false by keyboard: Tab to the menu, type to pick.
  await tabTo(page, page.getByLabel("Type", { exact: true }));
  await page.keyboard.type("True");
  await expect(page.getByLabel("Type", { exact: true })).toHaveValue("true_false");
  const trueFalse = reviewed.questions.filter((question) => question.type === "true_false").length;
  await expect(page.getByTestId("review-counts")).toContainText(`${trueFalse} shown`);
  await expect(page.locator("[data-review-item]")).toHaveCount(trueFalse);

  // Discard five with D; each time the focus moves on to the next item.
  await tabTo(page, page.locator("[data-review-item]").first());
  for (let discarded = 1; discarded <= 5; discarded++) {
    await page.keyboard.press("d");
    await expect(page.getByTestId("review-counts")).toContainText(`${discarded} discarded`);
    await expect(page.locator("[data-review-item]").first()).toBeFocused();
  }
  await expect(page.getByRole("heading", { name: `Quiz questions (${total - 5})` })).toBeVisible();
  // K keeps and moves on.
  await page.keyboard.press("k");
  await expect(page.getByTestId("review-counts")).toContainText("1 kept");

  // Back to every type; edit the first question in place with E, Esc back to the item, K to keep it.
  await tabTo(page, page.getByLabel("Type", { exact: true }), true);
  await page.keyboard.type("All");
  await expect(page.locator("[data-review-item]")).toHaveCount(total - 5 + reviewed.flashcards.length);
  await tabTo(page, page.locator("[data-review-item]").first());
  await page.keyboard.press("e");
  const prompt = page.getByLabel("Question 1", { exact: true });
  await expect(prompt).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Edited by keyboard: what does the article say here?");
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-review-item]").first()).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByTestId("review-counts")).toContainText("2 kept");

  // Publish: back up to the skip link above the list, which jumps to the footer.
  await tabTo(page, page.getByRole("link", { name: "Skip to Save and Publish" }), true);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Publish", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/teach/sets/${setId}$`));
  await expect(page.getByText(new RegExp(`· ${total - 5} questions`))).toBeVisible();
  const gift = await (await page.request.get(`/api/sets/${setId}/export/gift`)).text();
  expect(gift).toContain("Edited by keyboard");
});
