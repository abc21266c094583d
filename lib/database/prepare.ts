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
 * holding it does not block the others). SQLite: each migration takes the file's write lock
 * (BEGIN IMMEDIATE), and the seed is idempotent.
 */
export async function migrateAndSeed(afterMigrating: () => Promise<void> = async () => {}): Promise<string[]> {
  const url = databaseUrl();
  const provider = databaseProvider(url);
  const migrations = readMigrationFolder(PROVIDER_PATHS[provider].migrationsDir);
  if (provider === "sqlite") {
    const applied = applySqliteMigrations(databaseFilePath(url), migrations);
    await afterMigrating();
    return applied;
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

/** Creates or migrates the database behind DATABASE_URL (no seed). */
export function migrateDatabase(): Promise<string[]> {
  return migrateAndSeed();
}
