import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { TESTING_POSTGRESQL, TEST_DATABASE_URL } from "@/tests/setup/test-database";
import { copySqliteToPostgresql } from "./copy";

// npm run db:copy: a SQLite user's database, as npm start made and used it, moved into PostgreSQL.

function sqliteDatabaseInUse(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "copy-")), "app.db");
  const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, NEXTAUTH_SECRET: "copy-test-secret-0123456789abcdefghij", DEMO_ACCOUNTS: "on" },
    encoding: "utf8",
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  const sqlite = new Database(file);
  const student = sqlite.prepare(`SELECT id FROM "User" WHERE email = 'student@example.com'`).pluck().get() as string;
  const card = sqlite.prepare(`SELECT id FROM "StudyItem" WHERE kind = 'FLASHCARD' LIMIT 1`).pluck().get() as string;
  sqlite
    .prepare(`INSERT INTO "CardState" (id, userId, itemId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, introducedAt)
              VALUES ('state-1', ?, ?, '2026-12-01T10:00:00.000+00:00', 2.5, 5.1, 0, 1, 0, 1, 0, 2, '2026-11-30T10:00:00.000+00:00', '2026-11-30 09:00:00')`)
    .run(student, card);
  sqlite.close();
  return file;
}

async function freshPostgresql(admin: pg.Client, name: string): Promise<string> {
  await admin.query(`CREATE DATABASE "${name}"`);
  return Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
}

describe.runIf(TESTING_POSTGRESQL)("db:copy from SQLite to PostgreSQL", () => {
  it("moves every table and row with its ids and values, and refuses a database that holds data", async () => {
    const file = sqliteDatabaseInUse();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    const name = `copy_${process.pid}_${Date.now()}`;
    const url = await freshPostgresql(admin, name);
    const target = new pg.Client({ connectionString: url });
    try {
      const report = await copySqliteToPostgresql(`file:${file}`, url);
      await target.connect();
      const sqlite = new Database(file, { readonly: true });
      const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).pluck().all() as string[];
      expect(report.map((entry) => entry.table).sort()).toEqual([...tables].sort());
      for (const table of tables) {
        const sourceRows = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
        expect(Number((await target.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n), table).toBe(sourceRows);
      }
      const ids = (table: string) => (sqlite.prepare(`SELECT id FROM "${table}" ORDER BY id`).pluck().all() as string[]);
      for (const table of ["User", "StudySet", "StudyItem", "CardState"]) {
        expect((await target.query(`SELECT id FROM "${table}" ORDER BY id COLLATE "C"`)).rows.map((row) => row.id), table).toEqual(ids(table));
      }
      const state = (await target.query(`SELECT "due", "lastReview", "introducedAt", "stability" FROM "CardState" WHERE id = 'state-1'`)).rows[0];
      expect(state.due.toISOString()).toBe("2026-12-01T10:00:00.000Z");
      expect(state.introducedAt.toISOString()).toBe("2026-11-30T09:00:00.000Z");
      expect(state.stability).toBe(2.5);
      expect((await target.query(`SELECT "isSample" FROM "StudySet" WHERE "isSample"`)).rows).toHaveLength(1);
      sqlite.close();
      await expect(copySqliteToPostgresql(`file:${file}`, url)).rejects.toThrow(/already holds data/);
    } finally {
      await target.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
