import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH, diffMigrationsToSchema } from "./schema-engine";

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("agree: applying every committed migration gives exactly the schema", async () => {
    const scratch = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "drift-")), "scratch.db");
    expect(await diffMigrationsToSchema(scratch)).toBe("");
  });

  it("a schema change without a migration is caught as drift", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "drift-"));
    const changedSchema = path.join(dir, "schema.prisma");
    const schema = await fs.readFile(SCHEMA_PATH, "utf8");
    await fs.writeFile(changedSchema, schema.replace("model User {", "model User {\n  nickname String?"));
    const sql = await diffMigrationsToSchema(path.join(dir, "scratch.db"), { schemaPath: changedSchema });
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN "nickname" TEXT/);
  });
});
