import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { QUESTION_TYPES as TYPES, answerQuestion as answer, getView, keyOf, sampleQuizUrl, seriousAxeViolations, signIn } from "./helpers";

// The demo student takes the sample's practice quiz in the browser.

/** The HTML as served, plus the same text with JSON and HTML escapes undone, so a secret cannot hide behind escaping. */
async function servedText(request: APIRequestContext, url: string): Promise<string> {
  const html = await (await request.get(url)).text();
  const unescaped = html
    .replace(/\\"/g, '"')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return `${html}\n${unescaped}`;
}

test("the demo student takes the sample quiz: every type, feedback, no key before answering, one stored answer, a score, retry", async ({ page }) => {
  await signIn(page);
  const url = await sampleQuizUrl(page);
  // Another spec may have left a practice quiz open on the sample: submit it so this one starts fresh.
  const resumed = await page.request.post("/api/quiz/attempts", { data: { setId: url.split("/")[2], count: 10 } });
  const leftOpen = (await resumed.json()) as { attemptId: string };
  expect((await page.request.post(`/api/quiz/attempts/${leftOpen.attemptId}/finish`)).status()).toBe(200);
  await page.goto(url);
  const started = page.waitForResponse((r) => r.url().endsWith("/api/quiz/attempts") && r.request().method() === "POST");
  await page.getByRole("button", { name: /^Start a 10-question quiz/ }).click();
  const { attemptId } = (await (await started).json()) as { attemptId: string };
  await expect(page.getByRole("heading", { name: "Question 1 of 10" })).toBeVisible();

  const view = await getView(page.request, attemptId);
  expect(new Set(view.questions.map((q) => q.question.type))).toEqual(new Set(TYPES));

  // Before any answer: neither the served HTML (with its RSC payload) nor the JSON carry the key.
  const served = await servedText(page.request, url);
  expect(served).toContain(view.questions[0].question.prompt.slice(0, 30));
  const apiJson = JSON.stringify(view);
  for (const text of [served, apiJson]) {
    expect(text).not.toMatch(/"(answer|accepted|pairs|explanation|source|expected|correct)"\s*:/);
  }
  const shownText = apiJson;
  for (const { question } of view.questions) {
    const key = keyOf(question);
    expect(served).not.toContain(key.explanation);
    if (key.type === "fill_in") {
      // A fill-in's answer may legitimately be a choice of another question in the quiz; otherwise it must not appear.
      const elsewhere = view.questions.some((q) => q.question.itemId !== question.itemId && JSON.stringify(q.question).includes(String(key.answer)));
      if (!elsewhere) expect(served).not.toContain(`${String(key.answer)}`);
    }
  }
  expect(shownText).not.toContain("\"items\"");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // One question of each type answered right (the first of its type), every other one wrong.
  const firstOfType = new Set(TYPES.map((type) => view.questions.findIndex((q) => q.question.type === type)));
  for (const [index, { question }] of view.questions.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 10` })).toBeVisible();
    await answer(page, question, firstOfType.has(index));
    if (index === 0) {
      expect(await seriousAxeViolations(page)).toEqual([]);
      // A retried request, the same answer again, or a different one: one stored answer, unchanged.
      const first = view.questions[0].question;
      const key = keyOf(first);
      const response = first.type === "true_false" ? key.answer === true : first.type === "multiple_choice" || first.type === "fill_in" ? String(key.answer) : null;
      const body = { itemId: first.itemId, response: response ?? (first.type === "ordering" ? key.items : key.pairs) };
      for (let i = 0; i < 2; i++) {
        const repeat = await page.request.post(`/api/quiz/attempts/${attemptId}/answers`, { data: body });
        expect(repeat.status()).toBe(200);
        expect(await repeat.json()).toMatchObject({ repeated: true, result: { correct: true } });
      }
      const db = new Database("data/e2e/app.db", { readonly: true, fileMustExist: true });
      const stored = db.prepare("SELECT COUNT(*) AS n FROM QuizAnswer WHERE attemptId = ? AND itemId = ?").get(attemptId, first.itemId) as { n: number };
      db.close();
      expect(stored.n).toBe(1);
    }
    if (index === 2) {
      // A reload mid-quiz resumes where it was.
      await page.reload();
      await expect(page.getByText("3 of 10 answered")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Question 4 of 10" })).toBeVisible();
      continue;
    }
    await page.getByRole("button", { name: index === 9 ? "See your score" : "Next question" }).click();
  }
  const right = TYPES.length;
  await expect(page.getByTestId("quiz-score")).toHaveText(`You scored ${right} out of 10 (${right * 10}%)`);

  await page.getByRole("button", { name: `Retry the ones I missed (${10 - right})` }).click();
  await expect(page.getByRole("heading", { name: `Question 1 of ${10 - right}` })).toBeVisible();
});

test("refusals: wrong type, unknown question, huge body, another student's attempt", async ({ page, playwright, baseURL }) => {
  await signIn(page);
  const url = await sampleQuizUrl(page);
  await page.goto(url);
  const start = page.getByRole("button", { name: /^Start a 10-question quiz/ });
  if (await start.isVisible()) await start.click();
  await expect(page.getByText(/answered/).first()).toBeVisible();
  const setId = url.split("/")[2];
  const { attemptId } = (await (await page.request.post("/api/quiz/attempts", { data: { setId } })).json()) as { attemptId: string };
  const view = await getView(page.request, attemptId);
  const open = view.questions.find((q) => !q.result && q.question.type === "multiple_choice") ?? view.questions.find((q) => !q.result)!;
  const answers = `/api/quiz/attempts/${attemptId}/answers`;

  const wrongType = await page.request.post(answers, { data: { itemId: open.question.itemId, response: [{ left: "a", right: "b" }] } });
  expect(wrongType.status()).toBe(422);
  expect((await wrongType.json()).error).toMatch(/different kind of answer|answers shown|Match|order/);
  const unknown = await page.request.post(answers, { data: { itemId: "no-such-question", response: "x" } });
  expect(unknown.status()).toBe(404);
  const huge = await page.request.post(answers, { data: { itemId: open.question.itemId, response: "x".repeat(100_000) } });
  expect(huge.status()).toBe(413);
  const long = await page.request.post(answers, { data: { itemId: open.question.itemId, response: "x".repeat(600) } });
  expect(long.status()).toBe(422);
  expect((await getView(page.request, attemptId)).questions.find((q) => q.question.itemId === open.question.itemId)?.result).toBeNull();

  const stranger = await playwright.request.newContext({ baseURL });
  const email = `stranger-${Date.now()}@example.com`;
  expect((await stranger.post("/api/accounts", { data: { name: "Stranger", email, password: "long enough", role: "STUDENT" } })).status()).toBe(201);
  const { csrfToken } = await (await stranger.get("/api/auth/csrf")).json();
  await stranger.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "long enough", json: "true" } });
  expect((await stranger.get(`/api/quiz/attempts/${attemptId}`)).status()).toBe(404);
  expect((await stranger.post(answers, { data: { itemId: open.question.itemId, response: "x" } })).status()).toBe(404);
  expect((await stranger.post(`/api/quiz/attempts/${attemptId}/finish`)).status()).toBe(404);
  await stranger.dispose();
  const after = await getView(page.request, attemptId);
  expect(after.submittedAt).toBeNull();
  expect(after.questions.find((q) => q.question.itemId === open.question.itemId)?.result).toBeNull();

  const signedOut = await playwright.request.newContext({ baseURL });
  expect((await signedOut.post(answers, { data: { itemId: open.question.itemId, response: "x" } })).status()).toBe(401);
  await signedOut.dispose();
});

test("at 375 px the quiz fits the screen and can be answered; the Assignments page is reachable", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page);
  const url = await sampleQuizUrl(page);
  await page.goto(url);
  const start = page.getByRole("button", { name: /^Start a 10-question quiz/ });
  if (await start.isVisible()) await start.click();
  await expect(page.locator("section[data-question-type]")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousAxeViolations(page)).toEqual([]);
  const setId = url.split("/")[2];
  const { attemptId } = (await (await page.request.post("/api/quiz/attempts", { data: { setId } })).json()) as { attemptId: string };
  const current = (await getView(page.request, attemptId)).questions.find((q) => !q.result)!;
  await answer(page, current.question, true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByRole("link", { name: "Assignments" }).click();
  await expect(page.getByRole("heading", { name: "Your assignments" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousAxeViolations(page)).toEqual([]);
});
