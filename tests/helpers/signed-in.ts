import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import type { Role } from "@/lib/auth/roles";

// Real users in the test database with real next-auth session cookies, made the way sign-in makes
// them (next-auth's encode, through our jwt callback), for calling route handlers directly.

export const TEST_SECRET = "route-test-secret";
export const BASE = "http://localhost:3100";

/** A user; one that never signs in with a password gets no (slow) bcrypt hash. */
export async function createUser(role: Role, password?: string) {
  const passwordHash = password ? await hashPassword(password) : "no password";
  return db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@example.com`, name: `Test ${role}`, passwordHash, role } });
}

/** The session cookie value next-auth would set after `user` signed in. */
export async function sessionTokenFor(user: { id: string; email: string; name: string; role: string; sessionVersion: number }): Promise<string> {
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({
    token: { sub: user.id, email: user.email, name: user.name },
    user: { id: user.id, email: user.email, name: user.name, role: user.role as Role, sessionVersion: user.sessionVersion },
    account: null,
  });
  return encode({ token, secret: TEST_SECRET, maxAge: authOptions.session!.maxAge });
}

export function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string; token?: string } = {}): NextRequest {
  const headers = new Headers(init.headers);
  headers.set("host", new URL(BASE).host);
  if (init.token) headers.set("cookie", `next-auth.session-token=${init.token}`);
  return new NextRequest(`${BASE}${path}`, { method: init.method ?? "POST", headers, body: init.body });
}

export function jsonRequest(path: string, body: unknown, init: { headers?: Record<string, string>; token?: string } = {}): NextRequest {
  return request(path, { ...init, headers: { "content-type": "application/json", ...init.headers }, body: JSON.stringify(body) });
}

export const noParams = { params: Promise.resolve({}) };
