import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// A teacher brings what they really have: a Word file, a PDF, a link to a web page; a scanned PDF is
// refused with its reason. The app server may fetch from 127.0.0.1 because playwright.config.ts sets
// ALLOWED_FETCH_HOSTS for it.

const fixture = (name: string) => `lib/ingest/fixtures/${name}`;

let pageServer: http.Server;
let pageUrl = "";

test.beforeAll(async () => {
  const html = fs.readFileSync(fixture("night-trains-saved-page.html"));
  pageServer = http.createServer((_request, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/travel/night-trains`;
});

test.afterAll(async () => {
  await new Promise((resolve) => pageServer.close(resolve));
});

const previewSection = (page: Page) => page.locator("section[aria-labelledby=preview-heading]");

async function fieldValues(page: Page): Promise<string[]> {
  return page.locator("input, textarea").evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
}

async function uploadAndGenerate(page: Page, file: string, label: RegExp, title: string, header: RegExp, rowLabel: string) {
  await page.goto("/teach/sets/new");
  await page.getByLabel(/Upload a file/).setInputFiles(fixture(file));
  await expect(page.getByText(`Chosen: ${file}`)).toBeVisible();
  await page.getByRole("button", { name: "Preview what will be read" }).click();
  await expect(page.getByText(label)).toBeVisible();
  await expect(page.getByRole("heading", { name: `What was read: ${title}` })).toBeVisible();
  await expect(previewSection(page).getByText(header)).toBeAttached();
  await page.getByRole("button", { name: "Generate cards and quiz" }).click();
  await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
  await expect(page.getByRole("heading", { name: /Quiz questions \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
  // The row label appears only in the article's table: items that name it were made from the table.
  expect((await fieldValues(page)).filter((value) => value.includes(rowLabel)).length).toBeGreaterThan(0);
}

test.describe("article formats", () => {
  test("a teacher uploads a Word file, sees its table in the preview, and generates table items", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await uploadAndGenerate(page, "school-gardens.docx", /Read as: Word document/, "School Gardens and What Pupils Eat", /Programme \| Time per week \| Cooking lessons/, "Kitchen Garden Project");
  });

  test("a teacher uploads a PDF, sees its table in the preview, and generates table items", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await uploadAndGenerate(page, "glacier-retreat.pdf", /Read as: PDF/, "Why Alpine Glaciers Are Shrinking Faster", /Glacier \| Canton \| Length lost since 1980/, "Morteratsch Glacier");
  });

  test("a pasted link to a web page is fetched and only its article is read", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/sets/new");
    await page.getByLabel("…or paste a link to a web page").fill(pageUrl);
    await page.getByRole("button", { name: "Preview what will be read" }).click();
    await expect(page.getByText(/Read as: Web page/)).toBeVisible();
    await expect(page.getByText(`Fetched from ${pageUrl}.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "What was read: Night trains are back in Europe. Can they last?" })).toBeVisible();
    await expect(previewSection(page).getByText(/Operator \| Home country/)).toBeAttached();
    await expect(previewSection(page)).not.toContainText(/Most read|Heatwave|cookies|Share this article/);
    await page.getByRole("button", { name: "Generate cards and quiz" }).click();
    await expect(page).toHaveURL(/\/teach\/sets\/[^/]+\/edit$/);
    await expect(page.getByRole("heading", { name: /Quiz questions \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
    const values = await fieldValues(page);
    expect(values.some((value) => value.includes("European Sleeper"))).toBe(true);
    expect(values.some((value) => /Most read|Heatwave|cookies|©/.test(value))).toBe(false);
  });

  test("a scanned PDF and a private address are refused with their reasons, and nothing is kept", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/sets/new");
    const alert = page.locator("#article-error");
    await page.getByLabel(/Upload a file/).setInputFiles(fixture("glacier-retreat-scanned.pdf"));
    await page.getByRole("button", { name: "Preview what will be read" }).click();
    await expect(alert).toContainText("This PDF has no text layer");
    await expect(page.getByRole("button", { name: "Generate cards and quiz" })).toHaveCount(0);

    await page.getByRole("button", { name: "Remove the file" }).click();
    await page.getByLabel("…or paste a link to a web page").fill("http://10.0.0.1/admin");
    await page.getByRole("button", { name: "Preview what will be read" }).click();
    await expect(alert).toContainText("private or local network address");
  });

  test("the drop zone is reached and opened from the keyboard", async ({ page }) => {
    await signIn(page, "teacher@example.com");
    await page.goto("/teach/sets/new");
    await page.getByLabel("Paste the article").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(/Upload a file/)).toBeFocused();
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(fixture("school-gardens.docx"));
    await expect(page.getByText("Chosen: school-gardens.docx")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Remove the file" })).toBeFocused();
  });
});
