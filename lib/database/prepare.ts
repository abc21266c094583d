import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath, databaseUrl } from "@/lib/config";
import { applyMigrations } from "@/lib/migrations/schema-engine";

/**
 * Creates or migrates the SQLite file behind DATABASE_URL. WAL lets readers proceed while a
 * learner's grade is written; the setting is stored in the file, so it is set once here.
 */
export async function migrateDatabase(): Promise<string[]> {
  const file = databaseFilePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return applyMigrations(databaseUrl());
}
