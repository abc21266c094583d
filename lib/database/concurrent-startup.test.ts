import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { TESTING_POSTGRESQL, TEST_DATABASE_URL } from "@/tests/setup/test-database";

// App servers started at the same moment on an empty database, each running npm start's own
// prepare step (migrate, then seed): all come up, and the migrations and the seed run once.

const STARTS = 3;

function prepareProcess(url: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "startup-test-secret-0123456789abcdef", DEMO_ACCOUNTS: "on" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

async function startTogether(url: string) {
  const runs = await Promise.all(Array.from({ length: STARTS }, () => prepareProcess(url)));
  for (const run of runs) expect(run.code, run.output).toBe(0);
  return runs.filter((run) => run.output.includes("Applied migrations")).length;
}

type Counts = { samples: number; demo: number; migrations: string[] };

function expectOnce({ samples, demo, migrations }: Counts, migrationFolder: string) {
  expect(samples).toBe(1);
  expect(demo).toBe(2);
  const committed = fs.readdirSync(migrationFolder).filter((name) => fs.statSync(path.join(migrationFolder, name)).isDirectory());
  expect([...migrations].sort()).toEqual(committed.sort());
}

describe("app servers starting together on an empty database", () => {
  it("on SQLite: all come up; migrations and the seed run once", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "startup-")), "app.db");
    expect(await startTogether(`file:${file}`)).toBe(1);
    const sqlite = new Database(file, { readonly: true });
    expectOnce(
      {
        samples: sqlite.prepare(`SELECT count(*) FROM "StudySet" WHERE "isSample" = 1`).pluck().get() as number,
        demo: sqlite.prepare(`SELECT count(*) FROM "User" WHERE "email" LIKE '%@example.com'`).pluck().get() as number,
        migrations: sqlite.prepare(`SELECT migration_name FROM "_prisma_migrations"`).pluck().all() as string[],
      },
      "prisma/migrations",
    );
    sqlite.close();
  }, 120_000);

  it.runIf(TESTING_POSTGRESQL)("on PostgreSQL: all come up; migrations and the seed run once", async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    const name = `startup_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
    try {
      expect(await startTogether(url)).toBe(1);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const count = async (sql: string) => Number((await check.query(sql)).rows[0].n);
      expectOnce(
        {
          samples: await count(`SELECT count(*) AS n FROM "StudySet" WHERE "isSample"`),
          demo: await count(`SELECT count(*) AS n FROM "User" WHERE "email" LIKE '%@example.com'`),
          migrations: (await check.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows.map((row) => row.migration_name),
        },
        "prisma/postgresql/migrations",
      );
      await check.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
