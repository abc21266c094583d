import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { TESTING_POSTGRESQL, TEST_DATABASE_URL } from "@/tests/setup/test-database";
import { applyMigrations } from "./apply";
import { PROVIDER_PATHS, type Provider } from "./providers";

// A start killed (kill -9, the OOM killer, a power cut) while it applies a slow migration: the
// migration must be applied whole or not at all, and the next start must simply apply it.

const SLOW_NAME = "99990101000000_slow_backfill";
const SLOW_SQL = `CREATE TABLE "SlowBackfill" ("n" INTEGER NOT NULL);
WITH RECURSIVE "counter" ("n") AS (SELECT 1 UNION ALL SELECT "n" + 1 FROM "counter" WHERE "n" < 30000000)
INSERT INTO "SlowBackfill" ("n") SELECT "n" FROM "counter";
CREATE TABLE "AfterBackfill" ("id" INTEGER NOT NULL);
`;
const FAST_SQL = SLOW_SQL.replace("30000000", "1000");

/** The committed migrations of `provider` plus the slow one, in a folder of their own. */
function migrationsWith(provider: Provider, sql: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "slow-migrations-"));
  fs.cpSync(PROVIDER_PATHS[provider].migrationsDir, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, SLOW_NAME));
  fs.writeFileSync(path.join(dir, SLOW_NAME, "migration.sql"), sql);
  return dir;
}

/** Starts applying in a process of its own, as `npm start` would, and kills it with SIGKILL after `afterMs`. */
async function killedWhileMigrating(url: string, dir: string, afterMs: number): Promise<NodeJS.Signals | null> {
  const script = `import(${JSON.stringify(path.resolve("lib/migrations/apply.ts"))})
    .then((m) => { console.log("applying"); return m.applyMigrations(${JSON.stringify(url)}, ${JSON.stringify(dir)}); })
    .then(() => console.log("finished"));`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk) => {
    output += chunk;
    if (output.includes("applying")) setTimeout(() => child.kill("SIGKILL"), afterMs);
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, killedBy) => resolve(killedBy)));
  expect(output).not.toContain("finished");
  return signal;
}

describe("a migration interrupted by kill -9", () => {
  it("on SQLite, leaves nothing of itself behind, and the next start applies it whole", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "interrupted-")), "app.db");
    const url = `file:${file}`;
    const before = await applyMigrations(url);
    expect(before.length).toBeGreaterThan(0);
    expect(await killedWhileMigrating(url, migrationsWith("sqlite", SLOW_SQL), 1500)).toBe("SIGKILL");

    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    const recorded = sqlite.prepare(`SELECT migration_name FROM "_prisma_migrations"`).pluck().all();
    sqlite.close();
    expect(tables).not.toContain("SlowBackfill");
    expect(recorded).toEqual(before);

    expect(await applyMigrations(url, migrationsWith("sqlite", FAST_SQL))).toEqual([SLOW_NAME]);
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT count(*) FROM "SlowBackfill"`).pluck().get()).toBe(1000);
    expect(after.prepare(`SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).pluck().get()).toBe(before.length + 1);
    after.close();
  });

  it.runIf(TESTING_POSTGRESQL)("on PostgreSQL, leaves nothing of itself behind, and the next start applies it whole", async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    const name = `interrupted_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
    try {
      const before = await applyMigrations(url);
      expect(await killedWhileMigrating(url, migrationsWith("postgresql", SLOW_SQL), 1500)).toBe("SIGKILL");
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      // The server notices the dead client and rolls its transaction back; wait until it has.
      await check.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      expect((await check.query(`SELECT to_regclass('"SlowBackfill"') AS t`)).rows[0].t).toBeNull();
      expect((await check.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`)).rows.map((row) => row.migration_name)).toEqual(before);
      expect(await applyMigrations(url, migrationsWith("postgresql", FAST_SQL))).toEqual([SLOW_NAME]);
      expect(Number((await check.query(`SELECT count(*) AS n FROM "SlowBackfill"`)).rows[0].n)).toBe(1000);
      await check.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
