import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./helpers";

// A large import must not hold the server up: /api/health keeps answering while a 40,000-row CSV
// (about 0.8 MB, under the 1 MB cap) is previewed. The bound is generous and relative to the
// health check's own latency measured in this test; before the fix the server answered nothing
// for about 30 s.

const ROWS = 40_000;
const csv = ["Term,Definition", ...Array.from({ length: ROWS }, (_, i) => `term ${i},def ${i}`)].join("\n") + "\n";

async function healthLatency(request: APIRequestContext): Promise<number> {
  const start = Date.now();
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  return Date.now() - start;
}

test("the server keeps answering /api/health while a 40,000-row import is previewed", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "teacher@example.com");
  const request = page.request;
  const baseline: number[] = [];
  for (let i = 0; i < 10; i++) baseline.push(await healthLatency(request));
  baseline.sort((a, b) => a - b);
  const typical = baseline[5];

  let done = false;
  const preview = request
    .post("/api/teach/import/preview", { data: { format: "csv", text: csv } })
    .finally(() => {
      done = true;
    });
  const during: number[] = [];
  while (!done) during.push(await healthLatency(request));

  const response = await preview;
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; issues: unknown[] };
  expect(body).toMatchObject({ total: ROWS, issues: [] });
  expect(during.length).toBeGreaterThan(0);
  expect(Math.max(...during), `health took ${during.join(", ")} ms during the import; ${typical} ms before`).toBeLessThan(typical * 20 + 1500);
});
