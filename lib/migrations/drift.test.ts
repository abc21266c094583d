import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readMigrationFolder } from "./apply";
import { nextPostgresqlMigration, nextSqliteMigration } from "./history";
import { PROVIDER_PATHS, SCHEMA_PATH, postgresqlSchema } from "./providers";

const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
const withNickname = schema.replace("model User {", "model User {\n  nickname String?");
const names = (dir: string) => readMigrationFolder(dir).map((migration) => migration.name);

describe("prisma/schema.prisma and the migrations of both databases", () => {
  it("agree on SQLite: applying every committed migration gives exactly the schema", async () => {
    expect(await nextSqliteMigration(schema)).toBe("");
  });

  it("agree on PostgreSQL: what the migrations build is exactly the schema", async () => {
    expect(await nextPostgresqlMigration(schema)).toBe("");
  });

  it("each SQLite migration has its PostgreSQL twin of the same name, and no other", () => {
    expect(names(PROVIDER_PATHS.postgresql.migrationsDir)).toEqual(names(PROVIDER_PATHS.sqlite.migrationsDir));
    expect(fs.readFileSync(`${PROVIDER_PATHS.postgresql.migrationsDir}/migration_lock.toml`, "utf8")).toMatch(/provider = "postgresql"/);
  });

  it("the generated PostgreSQL schema is the source with the provider changed", () => {
    expect(fs.readFileSync(PROVIDER_PATHS.postgresql.schemaPath, "utf8")).toBe(postgresqlSchema(schema));
  });

  it("a schema change without a migration is caught as drift on both", async () => {
    expect(await nextSqliteMigration(withNickname)).toMatch(/ALTER TABLE "User" ADD COLUMN "nickname" TEXT/);
    expect(await nextPostgresqlMigration(withNickname)).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });
});
