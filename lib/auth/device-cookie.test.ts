import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { MAX_DEVICE_ACCOUNTS, deviceCookieName, withDeviceCookie } from "@/lib/auth/device-cookie";
import { LIMITS, takeAttempt } from "@/lib/auth/rate-limit";
import { parseSignInLock } from "@/lib/auth/sign-in-errors";
import { signInWithinLimits } from "@/lib/auth/sign-in";
import { BASE, createUser } from "@/tests/helpers/signed-in";

// The sign-in limits as the next-auth route runs them (inside withDeviceCookie), on the real test
// database; e2e/security.spec.ts drives the same through next-auth itself.

const PASSWORD = "a long password";

/** One sign-in from a browser holding `device`: the device cookie sent back, or the lock's scope. */
async function signIn(email: string, device: string | undefined) {
  const headers = new Headers(device ? { cookie: `${deviceCookieName()}=${device}` } : {});
  let lock: string | undefined;
  const response = await withDeviceCookie(new NextRequest(`${BASE}/api/auth/callback/credentials`, { headers }), async () => {
    try {
      await signInWithinLimits(email, PASSWORD, `192.0.2.1-${randomUUID()}`);
    } catch (error) {
      lock = parseSignInLock((error as Error).message)?.scope;
    }
    return new Response("{}");
  });
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${deviceCookieName()}=`));
  return { device: line?.split(";")[0].split("=")[1], lock };
}

describe("device cookie", () => {
  it(`remembers the last ${MAX_DEVICE_ACCOUNTS} accounts of a shared computer, dropping the oldest`, async () => {
    const users = [];
    for (let i = 0; i <= MAX_DEVICE_ACCOUNTS; i++) users.push(await createUser("STUDENT", PASSWORD));
    let device: string | undefined;
    for (const user of users) device = (await signIn(user.email, device)).device ?? device;
    expect(device!.split(".")).toHaveLength(1 + MAX_DEVICE_ACCOUNTS);

    const [oldest, kept] = [users[0], users[1]];
    for (const user of [oldest, kept]) {
      for (let i = 0; i < LIMITS.signInAccount.max; i++) await takeAttempt(LIMITS.signInAccount, user.email);
    }
    expect(await signIn(oldest.email, device)).toMatchObject({ lock: "account" });
    expect(await signIn(kept.email, device)).toMatchObject({ lock: undefined, device: expect.any(String) });
  }, 90_000);
});
