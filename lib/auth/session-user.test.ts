import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { userFromSessionToken } from "./session-user";

// Real next-auth tokens against the real test database.

const secret = "session-user-test-secret";
const DAY = 24 * 3600 * 1000;

async function signedInStudent() {
  const user = await db.user.create({
    data: { email: `session-${randomUUID()}@example.com`, name: "Session Student", passwordHash: "x", role: "STUDENT" },
  });
  const token = await encode({ token: { id: user.id, sub: user.id }, secret, maxAge: 30 * 24 * 3600 });
  return { user, token };
}

describe("userFromSessionToken", () => {
  it("finds the user a valid token belongs to, again and again", async () => {
    const { user, token } = await signedInStudent();
    const expected = { id: user.id, email: user.email, name: "Session Student", role: "STUDENT" };
    expect(await userFromSessionToken(token, secret)).toEqual(expected);
    expect(await userFromSessionToken(token, secret)).toEqual(expected);
  });

  it("refuses a token once it has expired, even one it has already decoded", async () => {
    const { token } = await signedInStudent();
    expect(await userFromSessionToken(token, secret)).not.toBeNull();
    expect(await userFromSessionToken(token, secret, Date.now() + 31 * DAY)).toBeNull();
  });

  it("stops accepting a deleted account's token within five seconds", async () => {
    const { user, token } = await signedInStudent();
    const signedIn = Date.now();
    expect(await userFromSessionToken(token, secret, signedIn)).not.toBeNull();
    await db.user.delete({ where: { id: user.id } });
    expect(await userFromSessionToken(token, secret, signedIn + 5_001)).toBeNull();
    expect(await userFromSessionToken(token, secret, signedIn + 60_000)).toBeNull();
  });

  it("refuses at once a token whose account was deleted before it was ever used", async () => {
    const { user, token } = await signedInStudent();
    await db.user.delete({ where: { id: user.id } });
    expect(await userFromSessionToken(token, secret)).toBeNull();
  });

  it("refuses a tampered token, one made with another secret, and no token", async () => {
    const { token } = await signedInStudent();
    expect(await userFromSessionToken(token, secret)).not.toBeNull();
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await userFromSessionToken(tampered, secret)).toBeNull();
    expect(await userFromSessionToken(token, "another-secret")).toBeNull();
    expect(await userFromSessionToken(undefined, secret)).toBeNull();
  });
});
