// Generates the Prisma clients (postinstall, npm run db:generate): one for SQLite from
// prisma/schema.prisma, one for PostgreSQL from the schema derived from it (lib/migrations/providers.ts).
// The Prisma 7 CLI insists that a native schema-engine binary exists before generating, though
// generate never runs it, and the binary cannot be downloaded here: point it at a file that exists.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROVIDERS, PROVIDER_PATHS, writeDerivedSchemas } from "../lib/migrations/providers";

const prismaBin = path.resolve("node_modules/prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };

await writeDerivedSchemas();
for (const provider of PROVIDERS) {
  const result = spawnSync(process.execPath, [prismaBin, "generate", "--schema", PROVIDER_PATHS[provider].schemaPath], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
