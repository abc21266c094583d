import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { Provider } from "./providers";

// Prisma's own schema engine, compiled to WASM. The Prisma 7 CLI would download a native engine
// for `migrate`, which these machines cannot do; this is the same engine, driven through a driver
// adapter (see README, "Database and migrations"). It computes migrations (diffs) here; applying
// them is lib/migrations/apply.ts's job.

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

/**
 * The engine for `provider`. SQLite: on the file at `sqliteUrl`. PostgreSQL: on no server at all.
 * Diffing one datamodel against another reads nothing from the database; the engine only asks the
 * server's version when it starts, which this connection answers (PostgreSQL 15, the one this app
 * is tested on). Anything else it might ask fails loudly instead of reaching some server.
 */
function adapterFactory(provider: Provider, sqliteUrl?: string): SqlMigrationAwareDriverAdapterFactory {
  if (provider === "sqlite") return new PrismaBetterSqlite3({ url: sqliteUrl ?? ":memory:" });
  return offlinePostgresql();
}

function offlinePostgresql(): SqlMigrationAwareDriverAdapterFactory {
  const real = new PrismaPg({ connectionString: "postgresql://offline.invalid/none" });
  const refuse = (what: string) => Promise.reject(new Error(`the offline PostgreSQL engine cannot ${what}`));
  const connection: SqlDriverAdapter = {
    provider: real.provider,
    adapterName: real.adapterName,
    queryRaw: async (query) => {
      if (!/version\(\)/.test(query.sql)) return refuse(`run ${query.sql.slice(0, 80)}`);
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 15.0", 150000]],
      };
    },
    executeRaw: () => refuse("write"),
    executeScript: () => refuse("write"),
    startTransaction: () => refuse("open a transaction"),
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    provider: real.provider,
    adapterName: real.adapterName,
    connect: async () => connection,
    connectToShadowDb: async () => connection,
  };
}

/**
 * Runs `work` with an engine, then frees it. Freeing the engine does not close the connections it
 * opened, and an open one keeps SQLite locked, so this does.
 */
async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  bindingsReady ??= loadBindings();
  const bindings = await bindingsReady;
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
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(connections.map((connection) => connection.dispose()));
  }
}

const schemaFiles = (schema: string) => [{ path: "schema.prisma", content: schema }];

/** The SQL that takes a database shaped by datamodel `from` (or an empty one) to datamodel `to`; "" when equal. */
export async function diffDatamodels(provider: Provider, from: string | "empty", to: string): Promise<string> {
  return withEngine(adapterFactory(provider), async (engine) => {
    const result = await engine.diff({
      from: from === "empty" ? { tag: "empty" } : { tag: "schemaDatamodel", files: schemaFiles(from) },
      to: { tag: "schemaDatamodel", files: schemaFiles(to) },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  });
}

/** The SQL that takes the SQLite database at `url` to datamodel `to` (SQLite schema text); "" when they agree. */
export async function diffSqliteDatabase(url: string, to: string): Promise<string> {
  return withEngine(adapterFactory("sqlite", url), async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: schemaFiles(to), configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: schemaFiles(to) },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  });
}

/**
 * The datamodel of the SQLite database at `url`, read back by the engine (`prisma db pull`), keeping
 * the names and attributes `schema` gives the tables and columns that exist.
 */
export async function introspectSqlite(url: string, schema: string): Promise<string> {
  return withEngine(adapterFactory("sqlite", url), async (engine) => {
    const result = await engine.introspect({
      schema: { files: schemaFiles(schema) },
      baseDirectoryPath: process.cwd(),
      force: false,
      compositeTypeDepth: -1,
      namespaces: null,
    });
    return result.schema.files[0]?.content ?? "";
  });
}
