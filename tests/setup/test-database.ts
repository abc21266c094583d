import fs from "node:fs";
import path from "node:path";

// Vitest's integration tests share one real SQLite file, created and migrated through the same
// code path as `npm start` before any test runs.
export const TEST_DATABASE_URL = "file:./data/test/vitest.db";

export default async function setup() {
  process.env.DATABASE_URL = TEST_DATABASE_URL;
  fs.rmSync(path.resolve("data/test"), { recursive: true, force: true });
  const { migrateDatabase } = await import("@/lib/database/prepare");
  const { seedDatabase } = await import("@/lib/database/seed");
  await migrateDatabase();
  await seedDatabase();
}
