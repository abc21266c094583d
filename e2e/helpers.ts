import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type APIResponse, type Browser, type Locator, type Page } from "@playwright/test";
import { generateStudySet } from "@/lib/generator";
import type { Question } from "@/lib/generator/types";
import type { AttemptView, PublicQuestion } from "@/lib/quiz";
import { isAskable } from "@/lib/quiz/askable";
import { explanationBeyondQuote, tableCellsOf, unwrapQuote } from "@/lib/study/quote-text";

// Shared by the specs. The answer key comes from the generator run on the same article the app
// seeded, never from the app.

export const sample = generateStudySet(fs.readFileSync("content/sample-article.txt", "utf8"));
/** The types the sample's quiz asks: every type it has questions of that a quiz may ask (lib/quiz/askable.ts). */
export const QUESTION_TYPES = [...new Set(sample.questions.filter(isAskable).map((question) => question.type))];

export async function signIn(page: Page, email = "student@example.com", password = "studyhard") {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
}

/** Opens the sample set's page from the library; returns its path. */
/** Signs up a new account in a context of its own (so several users can be signed in at once); names make the email unique. */
export async function signUpInNewContext(browser: Browser, name: string, role: "Student" | "Teacher" = "Student"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: role === "Teacher" ? "Teaching" : "Your library" })).toBeVisible();
  return page;
}

/** The JSON body of a response that must have `status` (the body is shown when it has not). */
export async function jsonOf<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let presses = 0; presses < 800; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("never reached the target by Tab");
}

/** The page does not scroll sideways on a 375 px phone; the viewport is put back afterwards. */
export async function expectFitsPhone(page: Page, where: string) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize(before ?? { width: 1280, height: 900 });
}

export async function openSampleSet(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: sample.title }).first().click();
  await expect(page.getByRole("heading", { name: "Ways to study" })).toBeVisible();
  return new URL(page.url()).pathname;
}

export async function sampleQuizUrl(page: Page): Promise<string> {
  const href = await page.getByRole("link", { name: sample.title }).first().getAttribute("href");
  expect(href).toMatch(/^\/sets\/\w+$/);
  return `${href}/quiz`;
}

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

export async function expectNoSeriousAxeViolations(page: Page, where?: string) {
  expect(await seriousAxeViolations(page), where).toEqual([]);
}

export async function getView(request: APIRequestContext, attemptId: string): Promise<AttemptView> {
  const response = await request.get(`/api/quiz/attempts/${attemptId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as AttemptView;
}

const sameMembers = (a: string[] = [], b: string[] = []) => a.length === b.length && [...a].sort().join("|") === [...b].sort().join("|");

/** The generated question a public question stands for, found by what the learner can see. */
export function keyOf(shown: PublicQuestion): Question {
  const found = sample.questions.find((q) => {
    if (q.type !== shown.type || q.prompt !== shown.prompt) return false;
    if (shown.type === "multiple_choice") return sameMembers(q.choices, shown.choices);
    if (shown.type === "matching") return sameMembers(q.pairs?.map((p) => p.left), shown.left);
    if (shown.type === "ordering") return sameMembers(q.items, shown.options);
    return true;
  });
  if (!found) throw new Error(`no generated question for ${shown.prompt}`);
  return found;
}

/** Answers the question on screen through the UI: right when `right`, else deliberately wrong. Keyboard for ordering. */
export async function answerQuestion(page: Page, shown: PublicQuestion, right: boolean) {
  const key = keyOf(shown);
  const form = page.locator("section[data-question-type]");
  await expect(form).toHaveAttribute("data-question-type", shown.type);
  switch (shown.type) {
    case "multiple_choice": {
      const pick = right ? String(key.answer) : shown.choices.find((c) => c !== key.answer)!;
      await form.getByRole("radio", { name: pick, exact: true }).check();
      break;
    }
    case "true_false":
      await form.getByRole("radio", { name: (key.answer === true) === right ? "True" : "False", exact: true }).check();
      break;
    case "fill_in":
      await form.getByRole("textbox").fill(right ? String(key.answer) : "not the answer at all");
      break;
    case "matching": {
      const pairs = key.pairs ?? [];
      for (const [i, pair] of pairs.entries()) {
        const target = right ? pair.right : pairs[(i + 1) % pairs.length].right;
        await form.getByLabel(pair.left, { exact: true }).selectOption({ label: target });
      }
      break;
    }
    case "ordering": {
      const target = right ? (key.items ?? []) : [...(key.items ?? [])].reverse();
      const current = [...shown.options];
      for (const [i, item] of target.entries()) {
        while (current.indexOf(item) > i) {
          const p = current.indexOf(item);
          await form.getByRole("button", { name: `Move “${item}” up`, exact: true }).focus();
          await page.keyboard.press("Enter");
          [current[p - 1], current[p]] = [current[p], current[p - 1]];
        }
      }
      await expect(form.locator("li")).toHaveText(target.map((item) => new RegExp(item.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))));
      break;
    }
  }
  await form.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toContainText(right ? "Correct!" : "Not quite.");
  if (shown.type === "multiple_choice" || shown.type === "true_false") {
    // The pick and the right option are marked in place, in words.
    const option = (value: string) => form.locator("label").filter({ has: page.locator(`input[value="${value.replace(/["\\]/g, "\\$&")}"]`) });
    const rightValue = shown.type === "true_false" ? String(key.answer === true) : String(key.answer);
    await expect(option(rightValue)).toContainText(right ? "Your answer, right" : "Right answer");
    if (!right) {
      const picked = shown.type === "true_false" ? String(key.answer !== true) : shown.choices.find((c) => c !== key.answer)!;
      await expect(option(picked)).toContainText("Your answer, wrong");
    }
  }
  // What the feedback shows: the explanation unless it only repeats the quote, and the quote (a table
  // row as its cells).
  const explanation = explanationBeyondQuote(key.explanation, key.source.quote);
  if (explanation) await expect(feedback).toContainText(explanation.split("\n")[0].slice(0, 40));
  const cells = tableCellsOf(key.source.quote);
  for (const shown of cells ?? [unwrapQuote(key.source.quote).split("\n")[0].slice(0, 40)]) await expect(feedback).toContainText(shown);
}

/**
 * On the flashcards page, flips and grades one card per key with the keyboard alone, each saved
 * before the next. Returns the fronts of the cards graded, in order.
 */
export async function gradeCardsByKeyboard(page: Page, grades: string[]): Promise<string[]> {
  const status = page.getByTestId("study-status");
  const front = page.getByTestId("card-front");
  const fronts: string[] = [];
  for (const key of grades) {
    fronts.push((await front.textContent()) ?? "");
    await page.keyboard.press(fronts.length % 2 ? "Space" : "Enter");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Good/ })).toContainText(/\d+(m|h|d)/);
    await page.keyboard.press(key);
    await expect(status).toContainText("Saved");
    await expect(front).not.toHaveText(fronts.at(-1)!);
  }
  return fronts;
}
