import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/config";
import { oneAtATime } from "@/lib/database/one-at-a-time";

// The one PrismaClient of the process. Every read and write goes through it, so moving to
// PostgreSQL is a change of adapter and provider here, not a rewrite. Its one SQLite connection
// runs one query or one transaction at a time (lib/database/one-at-a-time.ts says why).

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: oneAtATime(new PrismaBetterSqlite3({ url: databaseUrl() })) });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
