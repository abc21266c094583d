// `npm run db:copy -- <from> <to>`: moves a SQLite database into an empty PostgreSQL one, keeping
// every row and id (README, "Running at scale": moving from SQLite). Stop the app first.
import { copySqliteToPostgresql } from "@/lib/database/copy";

async function main() {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error("usage: npm run db:copy -- file:./data/app.db postgresql://user:password@host:5432/database");
    process.exit(2);
  }
  const report = await copySqliteToPostgresql(from, to);
  for (const { table, rows } of report) console.log(`${table.padEnd(24)} ${rows} rows`);
  console.log(`Copied ${report.reduce((sum, table) => sum + table.rows, 0)} rows in ${report.length} tables.`);
}

main().catch((error: unknown) => {
  console.error(`db:copy failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
