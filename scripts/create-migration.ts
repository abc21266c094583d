// `npm run db:migrate -- <name>`: writes the next migration for the changes in prisma/schema.prisma,
// as Prisma's schema engine produces it, in Prisma's own folder format.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../lib/migrations/schema-engine";

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main() {
  const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) {
    console.error("usage: npm run db:migrate -- <migration_name>");
    process.exit(2);
  }
  const scratch = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "migrate-")), "scratch.db");
  const sql = await diffMigrationsToSchema(scratch);
  if (!sql.trim()) {
    console.log("The schema and the migrations already agree: no migration written.");
    return;
  }
  const folder = path.join(MIGRATIONS_DIR, `${migrationTimestamp(new Date())}_${name}`);
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
