import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databasePoolSize, databaseProvider, databaseUrl } from "@/lib/config";
import { oneAtATime } from "@/lib/database/one-at-a-time";

// The one PrismaClient of the process, on the database DATABASE_URL names. SQLite (a `file:` URL, the
// default): one connection that runs one query or one transaction at a time (lib/database/one-at-a-time.ts
// says why). PostgreSQL: a pool of DATABASE_POOL_SIZE connections, so requests really run side by side,
// and every invariant rests on constraints, row locks and SERIALIZABLE transactions, never on this process.
// Both clients are generated from prisma/schema.prisma (lib/migrations/providers.ts) and have the same API,
// so the rest of the app sees one type.

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: databasePoolSize() });
    // A burst (a class starting a quiz together) can hold every pooled connection for a moment;
    // Prisma's default 2 s wait for one then failed starts with P2028 in the two-server check.
    return new PostgresqlPrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 10_000 } }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: oneAtATime(new PrismaBetterSqlite3({ url })) });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
