import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseFilePath, databaseProvider, databaseUrl } from "@/lib/config";
import { applyPostgresqlMigrations, applySqliteMigrations, readMigrationFolder } from "@/lib/migrations/apply";
import { PROVIDER_PATHS } from "@/lib/migrations/providers";

/**
 * The advisory lock every starting app process takes on PostgreSQL before it migrates and seeds.
 * The key is the one Prisma's `migrate deploy` takes, so a release step run with the Prisma CLI
 * waits for starting servers and they for it.
 */
export const STARTUP_LOCK_KEY = 72707369;

/**
 * Migrates the database behind DATABASE_URL, then runs `afterMigrating` (the seed), once however
 * many app processes start at the same moment. PostgreSQL: under `pg_advisory_lock`, held by a
 * session of its own until both are done (ending the session releases it, so a process that dies
 * holding it does not block the others). SQLite: the same, with an exclusive lock on a small
 * file beside the database (the operating system drops it with the process that held it). The seed
 * is idempotent either way.
 */
export async function migrateAndSeed(afterMigrating: () => Promise<void> = async () => {}): Promise<string[]> {
  const url = databaseUrl();
  const provider = databaseProvider(url);
  const migrations = readMigrationFolder(PROVIDER_PATHS[provider].migrationsDir);
  if (provider === "sqlite") {
    const file = databaseFilePath(url);
    const release = holdSqliteStartupLock(file);
    try {
      const applied = applySqliteMigrations(file, migrations);
      await afterMigrating();
      return applied;
    } finally {
      release();
    }
  }
  const session = new pg.Client({ connectionString: url, application_name: "study-from-articles startup" });
  await session.connect();
  try {
    await session.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    const applied = await applyPostgresqlMigrations(session, migrations);
    await afterMigrating();
    return applied;
  } finally {
    await session.end();
  }
}

function holdSqliteStartupLock(databaseFile: string): () => void {
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const lock = new Database(`${databaseFile}.startup-lock`);
  lock.pragma("busy_timeout = 120000");
  lock.exec("BEGIN EXCLUSIVE");
  return () => {
    lock.exec("COMMIT");
    lock.close();
  };
}

/** Creates or migrates the database behind DATABASE_URL (no seed). */
export function migrateDatabase(): Promise<string[]> {
  return migrateAndSeed();
}
