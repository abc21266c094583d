import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// One source schema (prisma/schema.prisma, provider "sqlite"), two databases. Prisma binds a schema
// to one provider, so the PostgreSQL schema is derived from the source with only the provider and the
// client's output changed, and each provider has its own generated client and migrations folder.

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");

export type ProviderPaths = {
  /** The schema Prisma reads for this provider: the source itself for SQLite, derived for PostgreSQL. */
  schemaPath: string;
  /** Committed migrations in Prisma's folder format. */
  migrationsDir: string;
};

export const PROVIDER_PATHS: Record<Provider, ProviderPaths> = {
  sqlite: { schemaPath: SCHEMA_PATH, migrationsDir: path.join(PROJECT_ROOT, "prisma/migrations") },
  postgresql: {
    schemaPath: path.join(PROJECT_ROOT, "prisma/postgresql/schema.prisma"),
    migrationsDir: path.join(PROJECT_ROOT, "prisma/postgresql/migrations"),
  },
};

export { databaseProvider as providerOf } from "../config";

const SQLITE_PROVIDER = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
const CLIENT_OUTPUT = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;

/** Any SQLite schema text (the source, or one read back from a database) with PostgreSQL as its provider. */
export function withPostgresqlProvider(schema: string): string {
  if (!SQLITE_PROVIDER.test(schema)) throw new Error('expected a schema with provider = "sqlite"');
  return schema.replace(SQLITE_PROVIDER, '$1"postgresql"');
}

/** The source schema for PostgreSQL: provider and client output changed, nothing else. */
export function postgresqlSchema(source: string): string {
  if (!SQLITE_PROVIDER.test(source) || !CLIENT_OUTPUT.test(source)) {
    throw new Error('prisma/schema.prisma must keep provider = "sqlite" and output = "../lib/generated/prisma"');
  }
  const header =
    "// GENERATED from prisma/schema.prisma by lib/migrations/providers.ts (npm run db:generate): do not edit.\n";
  return (
    header +
    source
      .replace(SQLITE_PROVIDER, '$1"postgresql"')
      .replace(CLIENT_OUTPUT, '$1"../../lib/generated/prisma-postgresql"')
  );
}

/** The schema text for a provider, from the source schema at `sourcePath`. */
export async function schemaFor(provider: Provider, sourcePath = SCHEMA_PATH): Promise<string> {
  const source = await fs.readFile(sourcePath, "utf8");
  return provider === "sqlite" ? source : postgresqlSchema(source);
}

/** Writes prisma/postgresql/schema.prisma from the source (npm install, db:generate, db:migrate). */
export async function writeDerivedSchemas(): Promise<void> {
  const target = PROVIDER_PATHS.postgresql.schemaPath;
  await fs.mkdir(path.dirname(target), { recursive: true });
  const text = await schemaFor("postgresql");
  const current = await fs.readFile(target, "utf8").catch(() => "");
  if (current !== text) await fs.writeFile(target, text);
}
