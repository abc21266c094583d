import { describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { POST as changePasswordRoute } from "@/app/api/account/password/route";
import { DELETE as signOutEverywhereRoute } from "@/app/api/account/sessions/route";
import { POST as saveGradeRoute } from "@/app/api/reviews/route";
import { userFromSessionToken } from "./session-user";
import { createUser, jsonRequest, noParams, request, sessionTokenFor, TEST_SECRET } from "@/tests/helpers/signed-in";

// Ending sessions, with real next-auth tokens, the real route handlers and the real test database.

const PASSWORD = "a long password";
const SECONDS = 1000;

async function signedIn(password = PASSWORD) {
  const user = await createUser("STUDENT", password);
  return { user, token: await sessionTokenFor(user) };
}

describe("signing out", () => {
  it("ends that session at once on this server and within 5 s on another, leaving the user's other sessions", async () => {
    const { user, token } = await signedIn();
    const other = await sessionTokenFor(user);
    const start = Date.now();
    expect(await userFromSessionToken(token, TEST_SECRET, start)).toMatchObject({ id: user.id });
    // next-auth's signout route hands the decoded token to this event.
    await authOptions.events!.signOut!({ token: (await decode({ token, secret: TEST_SECRET }))!, session: null as never });
    expect(await userFromSessionToken(token, TEST_SECRET, start + 1)).toBeNull();
    expect(await userFromSessionToken(token, TEST_SECRET, start + 5_001)).toBeNull();
    expect(await userFromSessionToken(other, TEST_SECRET, start + 5_001)).toMatchObject({ id: user.id });
  });

  it("is noticed by another server's warm cache within 5 s", async () => {
    const { user, token } = await signedIn();
    const start = Date.now();
    expect(await userFromSessionToken(token, TEST_SECRET, start)).not.toBeNull();
    // Another app server writes the revocation: this process only sees the database.
    const claims = (await decode({ token, secret: TEST_SECRET }))!;
    await db.revokedSession.create({ data: { sessionId: claims.sessionId!, userId: user.id, expiresAt: new Date(start + 86_400 * SECONDS) } });
    expect(await userFromSessionToken(token, TEST_SECRET, start + 5_001)).toBeNull();
  });

  it("refuses the old cookie when it tries to save a grade", async () => {
    const { token } = await signedIn();
    await authOptions.events!.signOut!({ token: (await decode({ token, secret: TEST_SECRET }))!, session: null as never });
    const response = await saveGradeRoute(jsonRequest("/api/reviews", { requestId: crypto.randomUUID(), itemId: "x", rating: 3 }, { token }), noParams);
    expect(response.status).toBe(401);
  });

  it("makes next-auth's session endpoint refuse to renew a revoked token", async () => {
    const { token } = await signedIn();
    const claims = (await decode({ token, secret: TEST_SECRET }))!;
    await expect(authOptions.callbacks!.jwt!({ token: claims } as never)).resolves.toMatchObject({ id: claims.id });
    await authOptions.events!.signOut!({ token: claims, session: null as never });
    await expect(authOptions.callbacks!.jwt!({ token: claims } as never)).rejects.toThrow(/ended/);
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the account, and no one else's", async () => {
    const { user, token } = await signedIn();
    const phone = await sessionTokenFor(user);
    const bystander = await signedIn();
    const start = Date.now();
    expect(await userFromSessionToken(phone, TEST_SECRET, start)).not.toBeNull();
    const response = await signOutEverywhereRoute(request("/api/account/sessions", { method: "DELETE", token }), noParams);
    expect(response.status).toBe(200);
    expect(await userFromSessionToken(token, TEST_SECRET, start + 1)).toBeNull();
    expect(await userFromSessionToken(phone, TEST_SECRET, start + 1)).toBeNull();
    expect(await userFromSessionToken(bystander.token, TEST_SECRET, start + 1)).not.toBeNull();
    // A sign-in afterwards works as usual.
    const fresh = await sessionTokenFor(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    expect(await userFromSessionToken(fresh, TEST_SECRET, start + 1)).toMatchObject({ id: user.id });
  });
});

describe("changing the password", () => {
  it("needs the current password, then ends every existing session and signs in only with the new one", async () => {
    const { user, token } = await signedIn();
    const laptop = await sessionTokenFor(user);
    const wrong = await changePasswordRoute(
      jsonRequest("/api/account/password", { currentPassword: "not it", newPassword: "a new long password", confirmPassword: "a new long password" }, { token }),
      noParams,
    );
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).fieldErrors.currentPassword[0]).toMatch(/not right/);
    expect(await userFromSessionToken(laptop, TEST_SECRET)).not.toBeNull();

    const changed = await changePasswordRoute(
      jsonRequest("/api/account/password", { currentPassword: PASSWORD, newPassword: "a new long password", confirmPassword: "a new long password" }, { token }),
      noParams,
    );
    expect(changed.status).toBe(200);
    expect(await userFromSessionToken(laptop, TEST_SECRET)).toBeNull();
    expect(await userFromSessionToken(token, TEST_SECRET)).toBeNull();
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
    const headers = { headers: { "x-forwarded-for": "198.51.100.7" } };
    await expect(provider.options.authorize({ email: user.email, password: PASSWORD }, headers)).resolves.toBeNull();
    await expect(provider.options.authorize({ email: user.email, password: "a new long password" }, headers)).resolves.toMatchObject({ id: user.id });
  });

  it("refuses two new passwords that differ, and a short one", async () => {
    const { token } = await signedIn();
    const differ = await changePasswordRoute(
      jsonRequest("/api/account/password", { currentPassword: PASSWORD, newPassword: "a new long password", confirmPassword: "another one" }, { token }),
      noParams,
    );
    expect(differ.status).toBe(422);
    expect((await differ.json()).fieldErrors.confirmPassword[0]).toMatch(/differ/);
    const short = await changePasswordRoute(jsonRequest("/api/account/password", { currentPassword: PASSWORD, newPassword: "short", confirmPassword: "short" }, { token }), noParams);
    expect(short.status).toBe(422);
  });
});

describe("session lifetime", () => {
  it("slides for 7 days and ends 30 days after sign-in however often it was renewed", async () => {
    const { user, token } = await signedIn();
    const claims = (await decode({ token, secret: TEST_SECRET }))!;
    expect(Number(claims.exp) - Number(claims.iat)).toBe(7 * 86_400);
    const { encode } = await import("next-auth/jwt");
    const DAY = 86_400 * SECONDS;
    const renewedLate = await encode({ token: { ...claims, exp: undefined, iat: undefined, jti: undefined }, secret: TEST_SECRET, maxAge: 40 * 86_400 });
    expect(await userFromSessionToken(renewedLate, TEST_SECRET, Date.now() + 29 * DAY)).toMatchObject({ id: user.id });
    expect(await userFromSessionToken(renewedLate, TEST_SECRET, Date.now() + 31 * DAY)).toBeNull();
  });
});
