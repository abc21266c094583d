import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PROVIDER_PATHS, providerOf } from "./providers";

// Applies the committed migrations, each inside one transaction together with its row in
// `_prisma_migrations`: a migration is applied whole and recorded, or not at all, so a crash or a
// `kill -9` halfway leaves the database as it was before it, and the next start simply applies it
// again. Prisma's own `migrate deploy` (and its schema engine's applyMigrations) records a row first
// and runs the statements outside any transaction, so a crash there leaves a half-applied migration
// that blocks every later start. The table and its rows are exactly what `migrate deploy` writes
// (same columns, checksum = SHA-256 of migration.sql), so the two tools agree on what is applied.

export type Migration = { name: string; sql: string; checksum: string };

/** The migrations in `dir` (Prisma's folder format), oldest first. */
export function readMigrationFolder(dir: string): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

/** A migration another tool started and never finished: its statements may be half applied. */
function assertNoUnfinished(rows: AppliedRow[]): void {
  const stuck = rows.find((row) => row.finished_at == null && row.rolled_back_at == null);
  if (stuck) {
    throw new Error(
      `migration ${stuck.migration_name} was started by another tool and did not finish. Undo what it applied, ` +
        `then mark it rolled back (README, "Recovering from a failed migration") and start again.`,
    );
  }
}

function pendingOf(migrations: Migration[], rows: AppliedRow[]): Migration[] {
  const applied = new Set(rows.filter((row) => row.finished_at != null).map((row) => row.migration_name));
  return migrations.filter((migration) => !applied.has(migration.name));
}

const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** SQLite keeps dates here as Prisma's engine writes them: ISO 8601 with an explicit +00:00. */
const sqliteTimestamp = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * SQLite: each migration in one IMMEDIATE transaction (a second process waits for the first).
 * Foreign keys are switched off for the connection first, as Prisma's table-redefining migrations
 * expect (inside a transaction their own PRAGMA foreign_keys=OFF is ignored, and a DROP TABLE with
 * them on would cascade-delete rows); `foreign_key_check` before each commit keeps them honest.
 */
export function applySqliteMigrations(file: string, migrations: Migration[]): string[] {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("busy_timeout = 30000");
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec(SQLITE_MIGRATIONS_TABLE);
    const appliedNames: string[] = [];
    for (const migration of migrations) {
      const applyOne = sqlite.transaction(() => {
        const rows = sqlite.prepare(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as AppliedRow[];
        assertNoUnfinished(rows);
        if (pendingOf([migration], rows).length === 0) return false;
        const startedAt = sqliteTimestamp(new Date());
        sqlite.exec(migration.sql);
        const broken = sqlite.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`migration ${migration.name} leaves rows whose foreign keys point nowhere`);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
          )
          .run(crypto.randomUUID(), migration.checksum, sqliteTimestamp(new Date()), migration.name, startedAt);
        return true;
      });
      try {
        if (applyOne.immediate()) appliedNames.push(migration.name);
      } catch (error) {
        throw new Error(`migration ${migration.name} failed and was rolled back: ${messageOf(error)}`);
      }
    }
    return appliedNames;
  } finally {
    sqlite.close();
  }
}

const POSTGRESQL_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * PostgreSQL: DDL is transactional, so each migration and its row commit together. The caller holds
 * the startup advisory lock (lib/database/startup-lock.ts), so only one process migrates at a time.
 */
export async function applyPostgresqlMigrations(client: pg.ClientBase, migrations: Migration[]): Promise<string[]> {
  await client.query(POSTGRESQL_MIGRATIONS_TABLE);
  const { rows } = await client.query<AppliedRow>(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  assertNoUnfinished(rows);
  const appliedNames: string[] = [];
  for (const migration of pendingOf(migrations, rows)) {
    try {
      await client.query("BEGIN");
      const startedAt = new Date();
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, $4, 1)`,
        [crypto.randomUUID(), migration.checksum, migration.name, startedAt],
      );
      await client.query("COMMIT");
      appliedNames.push(migration.name);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new Error(`migration ${migration.name} failed and was rolled back: ${messageOf(error)}`);
    }
  }
  return appliedNames;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file behind a SQLite `file:` URL, resolved against the working directory. */
export function sqliteFileOf(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** Applies the pending committed migrations of the provider `url` belongs to. */
export async function applyMigrations(url: string, migrationsDir?: string): Promise<string[]> {
  const provider = providerOf(url);
  const migrations = readMigrationFolder(migrationsDir ?? PROVIDER_PATHS[provider].migrationsDir);
  if (provider === "sqlite") return applySqliteMigrations(sqliteFileOf(url), migrations);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyPostgresqlMigrations(client, migrations);
  } finally {
    await client.end();
  }
}
