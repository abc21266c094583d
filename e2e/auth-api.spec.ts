import { expect, test } from "@playwright/test";

// The sign-in flow as an API client sees it, and the bad inputs the sign-up endpoint must refuse.

test("csrf + credentials callback signs the demo student in; the session carries email and role", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "student@example.com", password: "studyhard", json: "true" },
  });
  expect(signIn.ok()).toBe(true);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: "student@example.com", role: "STUDENT" });
});

test("a wrong password gets a 401 and no session", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "student@example.com", password: "wrong-password", json: "true" },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(401);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.user).toBeUndefined();
});

test.describe("sign-up refuses bad input with a 4xx and a clear message", () => {
  const valid = { name: "Grace", email: "grace@example.com", password: "long enough", role: "STUDENT" };
  const cases: [string, Record<string, unknown>, number, RegExp][] = [
    ["an invalid email", { ...valid, email: "grace@" }, 422, /valid email/],
    ["a short password", { ...valid, password: "short" }, 422, /at least 8/],
    ["a 10 KB name", { ...valid, name: "x".repeat(10 * 1024) }, 422, /under 80/],
    ["a duplicate email", { ...valid, email: "student@example.com" }, 409, /already exists/],
    ["an unknown role", { ...valid, role: "ADMIN" }, 422, /./],
  ];
  for (const [name, body, status, message] of cases) {
    test(name, async ({ request }) => {
      const response = await request.post("/api/accounts", { data: body });
      expect(response.status()).toBe(status);
      const json = await response.json();
      expect(JSON.stringify(json)).toMatch(message);
      expect(JSON.stringify(json)).not.toMatch(/at .*\.js:\d+/);
    });
  }

  test("a body over the limit", async ({ request }) => {
    const response = await request.post("/api/accounts", { data: { ...valid, name: "x".repeat(40_000) } });
    expect(response.status()).toBe(413);
  });
});
