import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The secret npm start signs sessions with, decided before the server starts (scripts/prepare-db.ts).

function prepareWith(env: Record<string, string | undefined>) {
  const script = `import(${JSON.stringify(`${process.cwd()}/lib/auth/secret.ts`)}).then((m) => console.log("secret:" + m.ensureAuthSecret().length))`;
  const childEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], { env: childEnv, encoding: "utf8" });
}

describe("NEXTAUTH_SECRET", () => {
  it("is required, with a message saying why, when the database is PostgreSQL", () => {
    const run = prepareWith({ DATABASE_URL: "postgresql://app@db.internal:5432/app", NEXTAUTH_SECRET: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET must be set when DATABASE_URL is not a local SQLite file/);
  });

  it("is taken from the environment when set", () => {
    const run = prepareWith({ DATABASE_URL: "postgresql://app@db.internal:5432/app", NEXTAUTH_SECRET: "x".repeat(40) });
    expect(run.stdout).toContain("secret:40");
  });

  it("is generated once beside a local SQLite file when not set", () => {
    const url = `file:${process.cwd()}/data/test/secret-${process.pid}/app.db`;
    const first = prepareWith({ DATABASE_URL: url, NEXTAUTH_SECRET: undefined });
    expect(first.stdout).toMatch(/secret:4\d/);
  });
});
