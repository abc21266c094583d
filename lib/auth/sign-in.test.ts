import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions } from "@/lib/auth/options";
import { authenticate } from "@/lib/auth/accounts";
import { parseSignInLock } from "@/lib/auth/sign-in-errors";
import { signInLocks } from "@/lib/auth/sign-in";
import { LIMITS } from "@/lib/auth/rate-limit";
import { createUser } from "@/tests/helpers/signed-in";

// next-auth's credentials authorize, as configured, against the real test database.

const provider = authOptions.providers[0] as CredentialsConfig & { options: CredentialsConfig };
const PASSWORD = "a long password";

/** What authorize does for one try from `address`: the user, null, or the lock it threw. */
async function signIn(email: string, password: string, address: string) {
  try {
    const user = await provider.options.authorize!({ email, password }, { headers: { "x-forwarded-for": address } } as never);
    return user ? { user } : { refused: "wrong" as const };
  } catch (error) {
    return { lock: parseSignInLock((error as Error).message) };
  }
}

const newAddress = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

describe("sign-in limits", () => {
  it("locks an account after 10 wrong passwords, refusing even the right one, without touching others", async () => {
    const user = await createUser("STUDENT", PASSWORD);
    const other = await createUser("STUDENT", PASSWORD);
    for (let i = 0; i < LIMITS.signInAccount.max; i++) {
      expect(await signIn(user.email, `wrong ${i}`, newAddress())).toEqual({ refused: "wrong" });
    }
    const locked = await signIn(user.email, PASSWORD, newAddress());
    expect(locked.lock).toMatchObject({ scope: "account" });
    expect(locked.lock!.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.lock!.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.signInAccount.windowSeconds);
    expect((await signIn(other.email, PASSWORD, newAddress())).user).toMatchObject({ id: other.id });
    // The teacher's class page reads this.
    expect([...(await signInLocks([user.email, other.email])).keys()]).toEqual([user.email]);
  }, 60_000);

  it("locks an unknown email the same way, so a lock tells nothing about who has an account", async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    for (let i = 0; i < LIMITS.signInAccount.max; i++) await signIn(email, "guess", newAddress());
    expect((await signIn(email, "guess", newAddress())).lock).toMatchObject({ scope: "account" });
  });

  it("locks a client address after 50 failures over many accounts; other addresses still sign in", async () => {
    const address = newAddress();
    for (let i = 0; i < LIMITS.signInAddress.max; i++) {
      expect(await signIn(`spray-${i}-${randomUUID()}@example.com`, "Password1", address)).toEqual({ refused: "wrong" });
    }
    const user = await createUser("TEACHER", PASSWORD);
    expect((await signIn(user.email, PASSWORD, address)).lock).toMatchObject({ scope: "address" });
    expect((await signIn(user.email, PASSWORD, newAddress())).user).toMatchObject({ id: user.id });
  }, 180_000);

  it("counts no successful sign-in, so a class behind one address never locks itself out", async () => {
    const address = newAddress();
    const user = await createUser("STUDENT", PASSWORD);
    for (let i = 0; i < LIMITS.signInAccount.max + 5; i++) {
      expect((await signIn(user.email, PASSWORD, address)).user).toMatchObject({ id: user.id });
    }
  });
});

describe("sign-in timing", () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  it("takes as long for an unknown email as for a known one with a wrong password", async () => {
    const user = await createUser("STUDENT", PASSWORD);
    const unknown = `nobody-${randomUUID()}@example.com`;
    const time = async (email: string) => {
      const started = performance.now();
      expect(await authenticate(email, "not the password")).toBeNull();
      return performance.now() - started;
    };
    await time(user.email);
    await time(unknown);
    const known: number[] = [];
    const missing: number[] = [];
    for (let round = 0; round < 11; round++) {
      known.push(await time(user.email));
      missing.push(await time(unknown));
    }
    // Generous bounds on a shared machine; before the dummy hash the ratio was about 0.08.
    const ratio = median(missing) / median(known);
    expect(ratio, `known ${median(known).toFixed(1)} ms, unknown ${median(missing).toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  }, 120_000);
});
