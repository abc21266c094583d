import fs from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The teacher's whole path in a real browser against the production build: article → reviewed quiz →
// class → assignment → a new student's submission → gradebook and per-question report. The student
// pages (/assignments) come from the quiz branch.

const article = fs.readFileSync("lib/generator/fixtures/coral-reefs.md", "utf8");

async function signUp(page: Page, name: string, role: "Student" | "Teacher" = "Student") {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Create account" }).click();
  // A new teacher lands on Teach, a new student on the library.
  await expect(page.getByRole("heading", { name: role === "Teacher" ? "Teaching" : "Your library" })).toBeVisible();
  return email;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

type Shared = { setId: string; classId: string; joinCode: string; assignmentId: string; studentName: string; wrongChoice: string };
// One serial chain: a failed test restarts the worker, which would lose these ids.
const shared: Partial<Shared> = {};

test.describe.serial("teacher flow", () => {
  test("the teacher refuses bad articles with a message and keeps the pasted text", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/sets/new");
    const preview = page.getByRole("button", { name: "Preview what will be read" });
    const alert = page.locator("#article-error");

    await preview.click();
    await expect(alert).toHaveText("Paste an article, choose a file or paste a link first.");

    const file = page.getByLabel(/Upload a file/);
    await file.setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024, "a") });
    await preview.click();
    await expect(alert).toContainText("larger than 1 MB");

    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x01, 0xff, 0xfe]), Buffer.from("\nstream\n")]);
    await file.setInputFiles({ name: "article.txt", mimeType: "text/plain", buffer: pdf });
    await preview.click();
    // Chosen by content, not by name: a broken PDF named .txt is refused as a damaged PDF.
    await expect(alert).toContainText(/PDF is damaged/);
    await file.setInputFiles([]);

    const nothing = "Just a line of text.\n\nAnd another one with no facts.";
    await page.getByLabel("Paste the article").fill(nothing);
    await preview.click();
    await page.getByRole("button", { name: "Generate cards and quiz" }).click();
    await expect(alert).toContainText("Found nothing to study");
    await expect(page.getByLabel("Paste the article")).toHaveValue(nothing);
    await expect(page).toHaveURL(/\/teach\/sets\/new$/);
  });

  test("the teacher pastes an article, reviews, edits one question, and publishes", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/sets/new");
    await page.getByLabel("Paste the article").fill(article);
    await page.getByRole("button", { name: "Preview what will be read" }).click();
    await expect(page.getByRole("heading", { name: /What was read: Coral Reefs Under Heat Stress/ })).toBeVisible();
    await expect(page.locator("section[aria-labelledby=preview-heading]").getByText(/Region \| Share of Reef Bleached/)).toBeAttached();
    await page.getByRole("button", { name: "Generate cards and quiz" }).click();
    await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    shared.setId = page.url().split("/").at(-2);

    await expect(page.getByRole("heading", { name: /Quiz questions \(\d+\)/ })).toBeVisible();
    // Keep one multiple-choice question so the student's answer is predictable; delete the rest.
    // Keep the flashcards and one multiple-choice question, then discard everything not kept in one go.
    const types = await page.locator("#questions-heading ~ ol > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-item-type")));
    const keep = types.indexOf("multiple_choice");
    expect(keep).toBeGreaterThanOrEqual(0);
    await page.getByLabel("Type", { exact: true }).selectOption("flashcard");
    await page.getByRole("button", { name: /^Keep the \d+ shown$/ }).click();
    await page.getByLabel("Type", { exact: true }).selectOption("all");
    await page.getByRole("button", { name: `Keep question ${keep + 1}`, exact: true }).click();
    await page.getByLabel("Status", { exact: true }).selectOption("to_review");
    await page.getByRole("button", { name: /^Discard the \d+ shown$/ }).click();
    await page.getByLabel("Status", { exact: true }).selectOption("all");
    await expect(page.getByRole("heading", { name: "Quiz questions (1)" })).toBeVisible();
    await expect(page.locator("blockquote").first()).not.toBeEmpty();
    await page.getByRole("button", { name: "Edit question 1", exact: true }).click();

    const prompt = page.getByLabel("Question 1", { exact: true });
    await prompt.fill("");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("The question cannot be empty.")).toBeVisible();

    await prompt.fill("Edited by the teacher: which answer does the article give?");
    // The correct answer is a radio among the current choices and follows edits to them.
    const answerGroup = page.getByRole("group", { name: "Question 1 correct answer" });
    const checked = answerGroup.locator("label:has(input:checked)");
    await expect(checked).toHaveCount(1);
    const answer = (await checked.textContent())!.trim();
    const choiceInputs = page.locator('input[id^="question-0-choice-"]');
    const choices = await choiceInputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const answerIndex = choices.indexOf(answer);
    expect(answerIndex).toBeGreaterThanOrEqual(0);
    await page.getByLabel(`Question 1 choice ${answerIndex + 1}`, { exact: true }).fill(`${answer} (checked)`);
    await expect(checked).toHaveText(`${answer} (checked)`);
    if (choices.length > 2) {
      const removable = choices.findIndex((_, position) => position !== answerIndex);
      await page.getByRole("button", { name: `Remove choice ${removable + 1} of question 1` }).click();
      await expect(choiceInputs).toHaveCount(choices.length - 1);
      await expect(checked).toHaveText(`${answer} (checked)`);
    }
    const remaining = await choiceInputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    shared.wrongChoice = remaining.find((choice) => choice !== `${answer} (checked)`);
    expect(shared.wrongChoice).toBeTruthy();

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/sets/${shared.setId}$`));
    await expect(page.getByText(/Published · visible to my classes · \d+ cards · 1 questions/)).toBeVisible();

    const gift = await page.request.get(`/api/sets/${shared.setId}/export/gift`);
    expect(gift.status()).toBe(200);
    expect(gift.headers()["content-disposition"]).toContain(".gift");
    expect(await gift.text()).toContain("Edited by the teacher");
  });

  test("the teacher creates a class and assigns the quiz; a due date before the open date is refused", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/classes");
    await page.getByLabel("New class name").fill("Marine Biology 101");
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByRole("heading", { name: "Marine Biology 101" })).toBeVisible();
    shared.classId = page.url().split("/").at(-1);
    shared.joinCode = (await page.getByTestId("join-code").textContent())?.trim();
    expect(shared.joinCode).toMatch(/^[A-Z2-9]{6}$/);

    await page.getByLabel("Opens").fill("2030-05-02T10:00");
    await page.getByLabel("Due").fill("2030-05-01T10:00");
    await page.getByRole("button", { name: "Assign quiz" }).click();
    await expect(page.getByText("The due date must be after the open date.")).toBeVisible();

    const now = new Date(Date.now() - 60 * 60_000);
    const local = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    // The demo teacher may have published other sets by now (other specs share the database).
    await page.getByLabel("Study set").selectOption({ label: "Coral Reefs Under Heat Stress" });
    await page.getByLabel("Opens").fill(local(now));
    await page.getByLabel("Due").fill(local(new Date(now.getTime() + 3 * 86_400_000)));
    await page.getByRole("button", { name: "Assign quiz" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Quiz assigned." })).toBeVisible();
    const href = await page.locator('a[href^="/teach/assignments/"]').first().getAttribute("href");
    shared.assignmentId = href?.split("/").at(-1);
    expect(shared.assignmentId).toBeTruthy();
  });

  test("a new student joins with the code (unknown code and joining twice are refused) and submits", async ({ page }) => {
    shared.studentName = `Student ${Date.now()}`;
    await signUp(page, shared.studentName);
    await page.goto("/classes");
    await page.getByLabel("Join code").fill("ZZZZZZ");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("No class has the code ZZZZZZ")).toBeVisible();

    await page.getByLabel("Join code").fill(shared.joinCode!.toLowerCase());
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByRole("list", { name: "Classes you are in" }).getByText("Marine Biology 101")).toBeVisible();

    await page.goto(`/join/${shared.joinCode}`);
    await expect(page.getByText("You are joining")).toBeVisible();
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("You are already in Marine Biology 101.")).toBeVisible();
    await page.goto("/classes");
    await expect(page.getByRole("list", { name: "Classes you are in" }).getByRole("listitem")).toHaveCount(1);

    await page.goto("/assignments");
    await page.getByRole("link", { name: "Coral Reefs Under Heat Stress" }).click();
    await page.getByRole("button", { name: "Start the assignment" }).click();
    await page.getByLabel(shared.wrongChoice!, { exact: true }).check();
    await page.getByRole("button", { name: /Check answer|Save answer/ }).click();
    await page.getByRole("button", { name: "Submit assignment" }).click();
    await expect(page.getByText("You scored 0 out of 1")).toBeVisible();
  });

  test("the gradebook shows the score, the CSV has it, and the report shows the student's choice", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto(`/teach/classes/${shared.classId}/gradebook`);
    const row = page.getByRole("row", { name: new RegExp(shared.studentName!) });
    await expect(row).toContainText("0/1 (0%)");
    await expect(row).toContainText("Submitted");

    const csv = await page.request.get(`/api/teach/classes/${shared.classId}/gradebook`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain('filename="marine-biology-101-gradebook.csv"');
    expect(await csv.text()).toContain(`${shared.studentName},`);

    await page.goto(`/teach/assignments/${shared.assignmentId}`);
    const question = page.getByTestId("question-report").first();
    // One student is too few for figures: the page says so and still counts the answers picked.
    await expect(page.getByTestId("item-summary-row").first()).toContainText("1 of at least 3 needed");
    await expect(question.getByRole("row", { name: shared.wrongChoice! })).toContainText("1");
    await page.getByText(`${shared.studentName}: 0/1`).click();
    await expect(page.getByTestId("student-answers").first()).toContainText(shared.wrongChoice!);
  });

  test("the teacher removes the student from the roster", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto(`/teach/classes/${shared.classId}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Remove ${shared.studentName}` }).click();
    await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
  });

  // Authorization over every teacher route, on the ids made above.
  // A valid body, so an owner check (404), not validation (422), is what refuses another teacher.
  const draft = {
    title: "Hacked",
    visibility: "PUBLIC",
    flashcards: [{ id: "x", kind: "key_fact", material: "key_fact", front: "a", back: "b", explanation: "", difficulty: "easy", source: { section: "", quote: "" } }],
    questions: [],
  };
  const routes = (ids: Shared) => [
    { method: "POST", url: "/api/teach/articles/preview", multipart: { text: article } },
    { method: "POST", url: "/api/teach/articles/link", data: { url: "http://127.0.0.1:9/article" } },
    { method: "POST", url: "/api/teach/sets", data: { text: article } },
    { method: "PUT", url: `/api/teach/sets/${ids.setId}/draft`, data: draft },
    { method: "DELETE", url: `/api/teach/sets/${ids.setId}/draft` },
    { method: "POST", url: `/api/teach/sets/${ids.setId}/publish`, data: draft },
    { method: "POST", url: "/api/teach/classes", data: { name: "Intruders" } },
    { method: "DELETE", url: `/api/teach/classes/${ids.classId}/members/nobody` },
    { method: "GET", url: `/api/teach/classes/${ids.classId}/gradebook` },
    {
      method: "POST",
      url: "/api/teach/assignments",
      data: { classId: ids.classId, setId: ids.setId, opensAt: "2030-01-01T00:00:00Z", dueAt: "2030-01-02T00:00:00Z", attemptsAllowed: 1, timeLimitMinutes: null, shuffleQuestions: false, shuffleChoices: false, showAnswers: true },
    },
    { method: "POST", url: "/api/teach/import/preview", data: { format: "text", text: "a\tb" } },
    { method: "POST", url: "/api/teach/import", data: { format: "text", text: "a\tb" } },
  ];
  const pages = (ids: Shared) => [`/teach/sets/${ids.setId}`, `/teach/sets/${ids.setId}/edit`, `/teach/classes/${ids.classId}`, `/teach/classes/${ids.classId}/gradebook`, `/teach/assignments/${ids.assignmentId}`];

  async function call(request: APIRequestContext, route: ReturnType<typeof routes>[number]) {
    const options = "multipart" in route ? { multipart: route.multipart } : "data" in route ? { data: route.data } : {};
    return request.fetch(route.url, { method: route.method, ...options, maxRedirects: 0 });
  }

  test("a signed-out visitor gets 401 from every handler and is sent to sign in from every page", async ({ playwright, baseURL, page }) => {
    const request = await playwright.request.newContext({ baseURL });
    for (const route of routes(shared as Shared)) expect((await call(request, route)).status(), `${route.method} ${route.url}`).toBe(401);
    for (const url of pages(shared as Shared)) {
      await page.goto(url);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    }
  });

  test("a student gets 403 from every teacher handler and page", async ({ page }) => {
    await signIn(page, "student@example.com");
    for (const route of routes(shared as Shared)) expect((await call(page.request, route)).status(), `${route.method} ${route.url}`).toBe(403);
    for (const url of pages(shared as Shared)) expect((await page.goto(url))?.status(), url).toBe(403);
    expect((await page.request.get(`/api/sets/${shared.setId}/export/gift`)).status()).toBe(403);
  });

  test("another teacher gets 404 for this teacher's sets, classes and assignments; nothing changed", async ({ browser }) => {
    const page = await newPage(browser);
    await signUp(page, "Other Teacher", "Teacher");
    const owned = routes(shared as Shared).filter((route) => route.url.includes(shared.setId!) || route.url.includes(shared.classId!));
    for (const route of owned) expect((await call(page.request, route)).status(), `${route.method} ${route.url}`).toBe(404);
    for (const url of pages(shared as Shared)) expect((await page.goto(url))?.status(), url).toBe(404);
    expect((await page.request.get(`/api/sets/${shared.setId}/export/csv`)).status()).toBe(404);

    const owner = await newPage(browser);
    await signIn(owner, "teacher@example.com");
    await owner.goto(`/teach/sets/${shared.setId}`);
    await expect(owner.getByRole("heading", { name: "Coral Reefs Under Heat Stress" })).toBeVisible();
    await expect(owner.getByText(/Published · visible to my classes · \d+ cards · 1 questions/)).toBeVisible();
    await expect(owner.getByRole("link", { name: /Marine Biology 101, due/ })).toHaveCount(1);
    await owner.goto("/teach/classes");
    await expect(owner.getByRole("link", { name: "Intruders" })).toHaveCount(0);
  });
});
