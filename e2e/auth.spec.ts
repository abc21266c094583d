import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { generateStudySet } from "@/lib/generator";

const sampleTitle = generateStudySet(fs.readFileSync("content/sample-article.txt", "utf8")).title;

async function signIn(page: Page, email: string, password = "studyhard") {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the demo student signs in, sees the sample article, and signs out", async ({ page }) => {
  await signIn(page, "student@example.com");
  await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
  await expect(page.getByRole("link", { name: sampleTitle })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Student");
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
});

test("a wrong password is refused with a message and the email kept", async ({ page }) => {
  await signIn(page, "student@example.com", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("student@example.com");
});

test("sign-up validates at the field, refuses a taken email, then creates the account", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ada Learner");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();

  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Ada Learner");

  const email = `ada-${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Ada Learner");
});

test("a student is refused the teacher pages; the teacher gets in", async ({ page }) => {
  await signIn(page, "student@example.com");
  await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
  const response = await page.goto("/teach");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /do not have access/ })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "teacher@example.com");
  await expect(page.getByRole("heading", { name: "Your library" })).toBeVisible();
  const teacherResponse = await page.goto("/teach");
  expect(teacherResponse?.status()).toBe(200);
});

test("a signed-out visitor is sent to sign in from a teacher page", async ({ page }) => {
  await page.goto("/teach");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteach/);
});

test("an unknown address answers 404 with a real page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
