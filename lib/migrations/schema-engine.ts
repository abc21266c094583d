import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's own schema engine, compiled to WASM. The Prisma 7 CLI would download a native engine
// for `migrate`, which these machines cannot do; this is the same engine, driven through the
// better-sqlite3 driver adapter (see README, "Database and migrations").

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

let bindingsReady: Promise<WasmBindings> | undefined;

async function loadBindings(): Promise<WasmBindings> {
  const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(pathToFileURL(bindingsPath).href)) as WasmBindings;
  const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

type OpenEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Opens the schema engine on the SQLite database at `url` (`file:` URL). Freeing the engine does
 * not close the connections it opened, and an open one keeps SQLite locked, so `close` does.
 */
async function openSchemaEngine(url: string): Promise<OpenEngine> {
  bindingsReady ??= loadBindings();
  const bindings = await bindingsReady;
  const factory = new PrismaBetterSqlite3({ url });
  const connections: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await factory.connectToShadowDb();
      connections.push(connection);
      return connection;
    },
  };
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose()));
    },
  };
}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");

/** The committed migrations, in the shape `prisma migrate deploy` hands to the engine. */
export async function readMigrations(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const lockContent = await fs.readFile(lockPath, "utf8").catch(() => 'provider = "sqlite"\n');
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every pending committed migration, recording each in `_prisma_migrations`. */
export async function applyMigrations(url: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  return withEngine(url, (engine) => applyWith(engine, migrationsDir));
}

async function applyWith(engine: SchemaEngine, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  return appliedMigrationNames;
}

async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    return await work(engine);
  } finally {
    await close();
  }
}

/**
 * The SQL that takes a database holding all committed migrations to the current schema, or ""
 * when they agree. The engine cannot replay a migrations folder itself on better-sqlite3
 * (it sends several statements at once), so the migrations go into a scratch database first.
 */
export async function diffMigrationsToSchema(
  scratchDbPath: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR } = {},
): Promise<string> {
  await fs.rm(scratchDbPath, { force: true });
  const schemaFiles = [{ path: schemaPath, content: await fs.readFile(schemaPath, "utf8") }];
  try {
    return await withEngine(`file:${scratchDbPath}`, async (engine) => {
      await applyWith(engine, migrationsDir);
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: schemaFiles, configDir: path.dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      return result.exitCode === 0 ? "" : (result.stdout ?? "");
    });
  } finally {
    await fs.rm(scratchDbPath, { force: true });
  }
}
