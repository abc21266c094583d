import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";

// Device cookies (OWASP, "Slow brute force / device cookies"): a browser that has signed in to an
// account before proves it with an HMAC, keyed by NEXTAUTH_SECRET, over a random device id, the
// account's email and its sessionVersion. Such a sign-in skips the per-address and per-account locks
// that strangers' failures can set off (a school behind one NAT address, an attacker failing on a
// teacher's email) and is limited per device instead. The cookie holds no email and nothing is
// stored: any app server with the secret checks it, and raising sessionVersion (password change,
// sign out everywhere) makes every entry for the account stop matching.

/** Accounts remembered per browser (a shared lab computer); the oldest is dropped beyond this. */
export const MAX_DEVICE_ACCOUNTS = 10;
const DEVICE_COOKIE_SECONDS = 365 * 24 * 60 * 60;
const PART = /^[A-Za-z0-9_-]{22}$/;

/** `__Secure-` and Secure over https, like next-auth's own cookies. */
export function deviceCookieName(): string {
  return secure() ? "__Secure-study-device" : "study-device";
}

function secure(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

type DeviceCookie = { deviceId: string; tags: string[] };

/** `<device id>.<tag>.<tag>…`, or null when malformed. */
function parse(value: string | undefined): DeviceCookie | null {
  const [deviceId, ...tags] = (value ?? "").split(".");
  if (!deviceId || !PART.test(deviceId) || tags.length > MAX_DEVICE_ACCOUNTS || !tags.every((tag) => PART.test(tag))) return null;
  return { deviceId, tags };
}

function tagFor(deviceId: string, email: string, sessionVersion: number): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  return createHmac("sha256", secret)
    .update(JSON.stringify(["study-device-v1", deviceId, email, sessionVersion]))
    .digest()
    .subarray(0, 16)
    .toString("base64url");
}

/** The sign-in now under way: the device cookie it presented, and the one to send back if it succeeds. */
type DeviceSignIn = { presented: string | undefined; issue?: string };
const signInScope = new AsyncLocalStorage<DeviceSignIn>();

/** Runs next-auth's handler for `request`, adding the device cookie when a sign-in in it succeeded. */
export async function withDeviceCookie(request: NextRequest, handle: () => Promise<Response>): Promise<Response> {
  const scope: DeviceSignIn = { presented: request.cookies.get(deviceCookieName())?.value };
  const response = await signInScope.run(scope, handle);
  if (!scope.issue) return response;
  const headers = new Headers(response.headers);
  const attributes = `Path=/api/auth; Max-Age=${DEVICE_COOKIE_SECONDS}; HttpOnly; SameSite=Lax${secure() ? "; Secure" : ""}`;
  headers.append("set-cookie", `${deviceCookieName()}=${scope.issue}; ${attributes}`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The device id when this sign-in presents a valid entry for `email` (normalized), else null. An
 * unknown email never has one, and the lookup is the same for known and unknown emails.
 */
export async function trustedDevice(email: string): Promise<string | null> {
  const cookie = parse(signInScope.getStore()?.presented);
  if (!cookie || cookie.tags.length === 0) return null;
  const user = await db.user.findUnique({ where: { email }, select: { sessionVersion: true } });
  const expected = user && tagFor(cookie.deviceId, email, user.sessionVersion);
  if (!expected) return null;
  const wanted = Buffer.from(expected);
  return cookie.tags.some((tag) => timingSafeEqual(Buffer.from(tag), wanted)) ? cookie.deviceId : null;
}

/** After a right password: this browser is remembered for the account (newest first, capped). */
export function rememberDevice(user: { email: string; sessionVersion: number }): void {
  const scope = signInScope.getStore();
  if (!scope) return;
  const cookie = parse(scope.presented) ?? { deviceId: randomBytes(16).toString("base64url"), tags: [] };
  const tag = tagFor(cookie.deviceId, user.email.trim().toLowerCase(), user.sessionVersion);
  if (!tag) return;
  const tags = [tag, ...cookie.tags.filter((other) => other !== tag)].slice(0, MAX_DEVICE_ACCOUNTS);
  scope.issue = [cookie.deviceId, ...tags].join(".");
}
