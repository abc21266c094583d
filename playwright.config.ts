import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive a real Chromium against the production build served by `npm start`,
// on a free port and a fresh database of its own.

function freePort(): string {
  const probe = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" }).stdout.trim();
}

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter((path): path is string => !!path);
  return candidates.find((path) => fs.existsSync(path));
}

// A fresh SQLite file by default; E2E_DATABASE_URL=postgresql://... runs the same specs on PostgreSQL
// (that database is emptied first, so give it one of its own).
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || "file:./data/e2e/app.db";
const onPostgresql = /^postgres(ql)?:\/\//i.test(e2eDatabaseUrl);

function emptyPostgresql(url: string): void {
  const script = `const pg = require("pg"); const c = new pg.Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"')).then(() => c.end())
      .catch((e) => { console.error(e.message); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script, url], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`could not empty ${url}: ${run.stderr}`);
}

// The config is loaded again in each worker: only the first load picks the port and wipes the database.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = freePort();
  fs.rmSync("data/e2e", { recursive: true, force: true });
  if (onPostgresql) emptyPostgresql(e2eDatabaseUrl);
}
const port = process.env.E2E_PORT;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npm start",
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: port,
      DATABASE_URL: e2eDatabaseUrl,
      ...(onPostgresql ? { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-only-secret-0123456789abcdefghijklmnop" } : {}),
      NEXTAUTH_URL: `http://localhost:${port}`,
      DEMO_ACCOUNTS: "on",
      // Each request context may name its client address in X-Forwarded-For (as a proxy of ours would),
      // so a spec can lock a made-up school address without locking 127.0.0.1 for the specs after it.
      TRUST_PROXY: "1",
      // e2e/article-formats.spec.ts serves a page on 127.0.0.1 for the link import to fetch.
      ALLOWED_FETCH_HOSTS: "127.0.0.1",
    },
  },
});
