import fs from "node:fs";
import path from "node:path";

// Vitest's integration tests share one real database, created and migrated through the same code
// path as `npm start` before any test runs. SQLite by default (a fresh file); TEST_DATABASE_URL set
// to a postgresql:// URL runs the same suite on PostgreSQL instead (that database is emptied first:
// give it one of its own, e.g. from scripts/pg-cluster.sh).
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || "file:./data/test/vitest.db";
export const TESTING_POSTGRESQL = /^postgres(ql)?:\/\//i.test(TEST_DATABASE_URL);

/** The session secret the tests sign with (required on PostgreSQL, where none is generated). */
export const TEST_AUTH_SECRET = "vitest-only-secret-0123456789abcdefghijklmnop";

async function emptyPostgresql(url: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"');
  } finally {
    await client.end();
  }
}

export default async function setup() {
  process.env.DATABASE_URL = TEST_DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= TEST_AUTH_SECRET;
  fs.rmSync(path.resolve("data/test"), { recursive: true, force: true });
  if (TESTING_POSTGRESQL) await emptyPostgresql(TEST_DATABASE_URL);
  const { migrateAndSeed } = await import("@/lib/database/prepare");
  const { seedDatabase } = await import("@/lib/database/seed");
  await migrateAndSeed(seedDatabase);
}
