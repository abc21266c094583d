import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, dataDirectory } from "@/lib/config";

const MISSING_SECRET =
  "NEXTAUTH_SECRET must be set when DATABASE_URL is not a local SQLite file: every app server has to sign " +
  "and check sessions with the same secret, or a session started on one is refused by the next. " +
  "Set it to the same long random string on every server (e.g. `openssl rand -base64 32`).";

/**
 * NEXTAUTH_SECRET from the environment. On a local SQLite file only, one is generated on first start
 * and kept beside the database (never in the repo), so sessions survive restarts; any other database
 * is shared by several app servers, which must share the secret, so it is required.
 */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (databaseProvider() !== "sqlite") throw new Error(MISSING_SECRET);
  const file = path.join(dataDirectory(), ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  return fs.readFileSync(file, "utf8").trim();
}
