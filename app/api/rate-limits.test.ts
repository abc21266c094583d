import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/auth/rate-limit";
import { POST as signUpRoute } from "@/app/api/accounts/route";
import { POST as joinRoute } from "@/app/api/classes/join/route";
import { createUser, jsonRequest, noParams, sessionTokenFor } from "@/tests/helpers/signed-in";

// Sign-up and join-code limits through the real route handlers and the real test database. The
// client's address is the X-Forwarded-For entry Next.js writes from the socket (the client's own is
// dropped first: scripts/trusted-forwarding.test.ts).

const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
const from = (ip: string) => ({ "x-forwarded-for": ip });

describe("sign-up", () => {
  const signUp = (ip: string, email: string) =>
    signUpRoute(jsonRequest("/api/accounts", { name: "Robot", email, password: "long enough password", role: "STUDENT" }, { headers: from(ip) }));

  it("answers 429 with Retry-After after 40 sign-ups from one address in an hour; other addresses go on", async () => {
    const ip = address();
    const first = await signUp(ip, `first-${randomUUID()}@example.com`);
    expect(first.status).toBe(201);
    // Sign-ups of an email already taken count too (cheap probes for who has an account).
    for (let i = 1; i < LIMITS.signUpAddress.max; i++) expect((await signUp(ip, "student@example.com")).status).toBe(409);
    const refused = await signUp(ip, `late-${randomUUID()}@example.com`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
    expect((await refused.json()).error).toMatch(/Too many sign-ups/);
    expect((await signUp(address(), `other-${randomUUID()}@example.com`)).status).toBe(201);
  });
});

describe("join codes", () => {
  async function classWithCode() {
    const teacher = await createUser("TEACHER");
    const code = randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase();
    return db.classroom.create({ data: { name: "Limits class", joinCode: code, teacherId: teacher.id } });
  }
  async function student() {
    return sessionTokenFor(await createUser("STUDENT"));
  }
  const join = (token: string, ip: string, code: string) => joinRoute(jsonRequest("/api/classes/join", { code }, { token, headers: from(ip) }), noParams);

  it("stops one student after 10 wrong codes, even for the right one, with Retry-After; another student still joins", async () => {
    const classroom = await classWithCode();
    const [guesser, classmate] = [await student(), await student()];
    const ip = address();
    for (let i = 0; i < LIMITS.joinCodeUser.max; i++) expect((await join(guesser, ip, `ZZZ${String(i).padStart(3, "2")}`)).status).toBe(404);
    const refused = await join(guesser, ip, classroom.joinCode);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many wrong class codes/);
    expect((await join(classmate, ip, classroom.joinCode)).status).toBe(201);
  });

  it("stops an address after 30 wrong codes over many students", async () => {
    const classroom = await classWithCode();
    const ip = address();
    for (let i = 0; i < LIMITS.joinCodeAddress.max; i++) expect((await join(await student(), ip, "QQQQQQ")).status).toBe(404);
    expect((await join(await student(), ip, classroom.joinCode)).status).toBe(429);
    expect((await join(await student(), address(), classroom.joinCode)).status).toBe(201);
  }, 120_000);

  it("never counts right codes, so a whole class joins from one address", async () => {
    const classroom = await classWithCode();
    const ip = address();
    for (let i = 0; i < LIMITS.joinCodeAddress.max + 5; i++) expect((await join(await student(), ip, classroom.joinCode)).status).toBe(201);
  }, 120_000);
});
