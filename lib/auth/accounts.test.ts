import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EmailTakenError, authenticate, createAccount } from "./accounts";
import { POST as signUpRoute } from "@/app/api/accounts/route";

const unique = () => `user-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;

function signUpRequest(body: unknown): Request {
  return new Request("http://localhost/api/accounts", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("accounts (real SQLite)", () => {
  afterEach(() => {
    process.env.DEMO_ACCOUNTS = "on";
  });

  it("stores a bcrypt hash, never the password, and signs in with it", async () => {
    const email = unique();
    const user = await createAccount({ name: "Kim", email, password: "correct horse", role: "STUDENT" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain("correct horse");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await authenticate(email.toUpperCase(), "correct horse")).toMatchObject({ email, role: "STUDENT" });
    expect(await authenticate(email, "wrong horse")).toBeNull();
  });

  it("refuses a second account with the same email and leaves one row", async () => {
    const email = unique();
    await createAccount({ name: "One", email, password: "password one", role: "TEACHER" });
    await expect(createAccount({ name: "Two", email, password: "password two", role: "STUDENT" })).rejects.toThrow(EmailTakenError);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("demo accounts exist after seeding and stop signing in when turned off", async () => {
    expect(await authenticate("teacher@example.com", "studyhard")).toMatchObject({ role: "TEACHER" });
    process.env.DEMO_ACCOUNTS = "off";
    expect(await authenticate("teacher@example.com", "studyhard")).toBeNull();
  });
});

describe("POST /api/accounts", () => {
  it("creates the account with 201", async () => {
    const email = unique();
    const response = await signUpRoute(signUpRequest({ name: "Lee", email, password: "long enough", role: "TEACHER" }));
    expect(response.status).toBe(201);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  const bad: [string, unknown, number][] = [
    ["invalid email", { name: "A", email: "nope", password: "long enough", role: "STUDENT" }, 422],
    ["short password", { name: "A", email: "short@example.com", password: "123", role: "STUDENT" }, 422],
    ["10 KB name", { name: "n".repeat(10_240), email: "long@example.com", password: "long enough", role: "STUDENT" }, 422],
    ["duplicate email", { name: "A", email: "student@example.com", password: "long enough", role: "STUDENT" }, 409],
    ["not JSON", "{nope", 400],
  ];
  for (const [name, body, status] of bad) {
    it(`answers ${status} to ${name} and writes nothing`, async () => {
      const email = typeof body === "object" && body && "email" in body ? String(body.email) : "";
      const before = await db.user.count({ where: { email } });
      const response = await signUpRoute(signUpRequest(body));
      expect(response.status).toBe(status);
      const json = (await response.json()) as { error: string };
      expect(json.error.length).toBeGreaterThan(5);
      expect(await db.user.count({ where: { email } })).toBe(before);
    });
  }
});
