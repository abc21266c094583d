// Generates the Prisma client (postinstall). The Prisma 7 CLI insists that a native schema-engine
// binary exists before generating, though generate never runs it, and the binary cannot be
// downloaded here: point it at a file that exists so it does not try.
import { spawnSync } from "node:child_process";
import path from "node:path";

const prismaBin = path.resolve("node_modules/prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const result = spawnSync(process.execPath, [prismaBin, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
