// `npm run db:migrate -- <name>`: after a change to prisma/schema.prisma, writes the next migration
// for both databases, as Prisma's schema engine produces it, in Prisma's folder format:
// prisma/migrations/<timestamp>_<name>/ (SQLite) and prisma/postgresql/migrations/<timestamp>_<name>/
// (PostgreSQL). No PostgreSQL server is needed (lib/migrations/history.ts says how).
// Safe to rerun: SQLite migrations with no PostgreSQL twin (from a branch or a merge) get one first,
// and when the schema and the migrations agree nothing is written.
import fs from "node:fs";
import path from "node:path";
import { readMigrationFolder } from "../lib/migrations/apply";
import { nextPostgresqlMigration, nextSqliteMigration, postgresqlTwin, writeMigration } from "../lib/migrations/history";
import { PROVIDER_PATHS, SCHEMA_PATH, writeDerivedSchemas } from "../lib/migrations/providers";

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

const relative = (folder: string) => path.relative(process.cwd(), folder);

async function fillInPostgresqlTwins(schema: string): Promise<void> {
  const sqlite = readMigrationFolder(PROVIDER_PATHS.sqlite.migrationsDir);
  const postgresql = new Set(readMigrationFolder(PROVIDER_PATHS.postgresql.migrationsDir).map((migration) => migration.name));
  for (const [index, migration] of sqlite.entries()) {
    if (postgresql.has(migration.name)) continue;
    const folder = writeMigration(PROVIDER_PATHS.postgresql.migrationsDir, migration.name, await postgresqlTwin(sqlite, index, schema));
    console.log(`Wrote ${relative(folder)}/migration.sql (PostgreSQL twin of an existing SQLite migration)`);
  }
  const sqliteNames = new Set(sqlite.map((migration) => migration.name));
  const orphans = [...postgresql].filter((name) => !sqliteNames.has(name));
  if (orphans.length) {
    throw new Error(`PostgreSQL migrations without a SQLite twin: ${orphans.join(", ")}. Each change needs both; remove these and rerun.`);
  }
}

async function main() {
  const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) {
    console.error("usage: npm run db:migrate -- <migration_name>");
    process.exit(2);
  }
  await writeDerivedSchemas();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  await fillInPostgresqlTwins(schema);
  const [sqliteSql, postgresqlSql] = [await nextSqliteMigration(schema), await nextPostgresqlMigration(schema)];
  if (!sqliteSql.trim() && !postgresqlSql.trim()) {
    console.log("The schema and the migrations already agree: no migration written.");
    return;
  }
  const folderName = `${migrationTimestamp(new Date())}_${name}`;
  for (const [migrationsDir, sql] of [
    [PROVIDER_PATHS.sqlite.migrationsDir, sqliteSql],
    [PROVIDER_PATHS.postgresql.migrationsDir, postgresqlSql],
  ] as const) {
    console.log(`Wrote ${relative(writeMigration(migrationsDir, folderName, sql))}/migration.sql`);
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
