import path from "node:path";

// Runtime settings, each with a default that works on a fresh clone with no env file.

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** Which database DATABASE_URL names: `postgres(ql)://` is PostgreSQL, anything else a SQLite file. */
export function databaseProvider(url = databaseUrl()): "sqlite" | "postgresql" {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** The file behind a `file:` URL, resolved against the working directory. */
export function databaseFilePath(url = databaseUrl()): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * Connections each app process keeps open to PostgreSQL (DATABASE_POOL_SIZE, default 10). Size it
 * so that app servers x pool size stays below the server's max_connections (100 by default), with
 * room for migrations, backups and psql (README, "Running at scale").
 */
export function databasePoolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return Number.isInteger(size) && size > 0 ? size : 10;
}

/** Where the database, and the generated session secret, live. */
export function dataDirectory(): string {
  return path.dirname(databaseFilePath());
}

export function demoAccountsEnabled(): boolean {
  return (process.env.DEMO_ACCOUNTS ?? "on").toLowerCase() !== "off";
}

export const DEMO_PASSWORD = "studyhard";
export const DEMO_ACCOUNTS = [
  { email: "student@example.com", name: "Demo Student", role: "STUDENT" },
  { email: "teacher@example.com", name: "Demo Teacher", role: "TEACHER" },
] as const;

/**
 * Hosts the link import may fetch even though they resolve to private or loopback addresses
 * (comma-separated; the end-to-end tests allow their local page server). Empty by default.
 */
export function allowedFetchHosts(): string[] {
  return (process.env.ALLOWED_FETCH_HOSTS ?? "")
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
}
