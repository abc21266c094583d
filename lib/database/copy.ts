import Database from "better-sqlite3";
import pg from "pg";
import { databaseFilePath, databaseProvider } from "@/lib/config";
import { applyPostgresqlMigrations, applySqliteMigrations, readMigrationFolder } from "@/lib/migrations/apply";
import { PROVIDER_PATHS } from "@/lib/migrations/providers";

// `npm run db:copy -- <from> <to>`: moves a SQLite database into an empty PostgreSQL one, every
// table and every row with its ids, in one transaction (all of it, or nothing). Both are migrated
// to the committed migrations first, so the tables match. Values become the PostgreSQL column's
// type: SQLite keeps booleans as 0/1 and dates as ISO text (or milliseconds).

export type CopyReport = { table: string; rows: number }[];

type Table = { name: string; parents: string[] };

function sqliteTables(sqlite: Database.Database): Table[] {
  const names = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`)
    .pluck()
    .all() as string[];
  return names.map((name) => ({
    name,
    parents: (sqlite.pragma(`foreign_key_list("${name}")`) as { table: string }[]).map((key) => key.table).filter((parent) => parent !== name),
  }));
}

/** Parents before children, so every foreign key points at a row already copied. */
function inDependencyOrder(tables: Table[]): Table[] {
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table.name) && table.parents.every((parent) => placed.has(parent) || !tables.some((t) => t.name === parent)));
    if (ready.length === 0) throw new Error("the tables' foreign keys form a cycle; copy them by hand");
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

const SQLITE_TEXT_DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

function asPostgresql(value: unknown, dataType: string): unknown {
  if (value === null || value === undefined) return null;
  if (dataType === "boolean") return value === 1 || value === true || value === "1" || value === "true";
  if (dataType.startsWith("timestamp") || dataType === "date") {
    if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
    const text = String(value);
    return new Date(SQLITE_TEXT_DATE.test(text) ? `${text.replace(" ", "T")}Z` : text);
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ROWS_PER_INSERT = 500;

export async function copySqliteToPostgresql(fromUrl: string, toUrl: string): Promise<CopyReport> {
  if (databaseProvider(fromUrl) !== "sqlite" || databaseProvider(toUrl) !== "postgresql") {
    throw new Error("db:copy moves a SQLite database (file:...) into a PostgreSQL one (postgresql://...)");
  }
  const file = databaseFilePath(fromUrl);
  applySqliteMigrations(file, readMigrationFolder(PROVIDER_PATHS.sqlite.migrationsDir));
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: toUrl });
  await target.connect();
  try {
    await applyPostgresqlMigrations(target, readMigrationFolder(PROVIDER_PATHS.postgresql.migrationsDir));
    const tables = inDependencyOrder(sqliteTables(sqlite));
    for (const table of tables) {
      const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${quoted(table.name)}) AS taken`);
      if (rows[0].taken) throw new Error(`${toUrl.replace(/\/\/[^@]*@/, "//")} already holds data (table ${table.name}): db:copy only fills an empty database`);
    }
    const report: CopyReport = [];
    await target.query("BEGIN");
    for (const table of tables) {
      const columns = await target.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [table.name],
      );
      const types = new Map(columns.rows.map((column) => [column.column_name, column.data_type]));
      const rows = sqlite.prepare(`SELECT * FROM ${quoted(table.name)}`).all() as Record<string, unknown>[];
      if (rows.length > 0) {
        const names = Object.keys(rows[0]);
        const missing = names.filter((name) => !types.has(name));
        if (missing.length) throw new Error(`PostgreSQL's ${table.name} has no column ${missing.join(", ")}: are both databases on the same migrations?`);
        for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
          const chunk = rows.slice(start, start + ROWS_PER_INSERT);
          const values: unknown[] = [];
          const tuples = chunk.map((row) => `(${names.map((name) => `$${values.push(asPostgresql(row[name], types.get(name)!))}`).join(", ")})`);
          await target.query(`INSERT INTO ${quoted(table.name)} (${names.map(quoted).join(", ")}) VALUES ${tuples.join(", ")}`, values);
        }
      }
      report.push({ table: table.name, rows: rows.length });
    }
    await target.query("COMMIT");
    return report;
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    sqlite.close();
    await target.end();
  }
}
