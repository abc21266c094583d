import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const dayLabel = (moment: number, timeZone?: string) => new Date(moment).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone });

// The server runs in UTC here. A learner whose calendar date differs from UTC's right now must see
// their own "tomorrow" on the progress page: days turn over at the learner's midnight.
test("the progress page counts days in the learner's time zone", async ({ browser, baseURL }) => {
  const zone = new Date().getUTCHours() >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago"; // UTC+14, or UTC-11
  const context = await browser.newContext({ baseURL, timezoneId: zone });
  const page = await context.newPage();
  await signIn(page);
  const stored = (await context.cookies()).find((cookie) => cookie.name === "tz");
  expect(decodeURIComponent(stored?.value ?? "")).toBe(zone);

  await page.goto("/progress");
  await page.getByText("Show as a table").first().click();
  const rows = page.getByRole("rowheader");
  await expect(rows.first()).toHaveText("Today");
  const tomorrow = Date.now() + 24 * 3600 * 1000;
  expect(dayLabel(tomorrow, zone)).not.toBe(dayLabel(tomorrow, "UTC"));
  await expect(rows.nth(1)).toHaveText(dayLabel(tomorrow, zone));

  // A first visit straight to the page, before the browser has told its zone: the page is counted
  // in the server's zone, then fetched again once the cookie is set.
  await context.clearCookies({ name: "tz" });
  await page.goto("/progress");
  await page.getByText("Show as a table").first().click();
  await expect(rows.nth(1)).toHaveText(dayLabel(tomorrow, zone));
  await context.close();
});
