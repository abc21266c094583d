import path from "node:path";

// Runtime settings, each with a default that works on a fresh clone with no env file.

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The file behind a `file:` URL, resolved against the working directory. */
export function databaseFilePath(url = databaseUrl()): string {
  return path.resolve(url.replace(/^file:/, ""));
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
