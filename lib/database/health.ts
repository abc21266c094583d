import type { Db } from "@/lib/db";
import { logStorageFailureOnce, storageFailureCause } from "./storage-failure";

export type DatabaseHealth = { reachable: boolean; writable: boolean };

/** Reads, then really writes one row: a read-only file, a full disk or a read-only replica fail the write. */
export async function checkDatabase(client: Db, now = new Date()): Promise<DatabaseHealth> {
  try {
    await client.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error(`[database] unreachable: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`);
    return { reachable: false, writable: false };
  }
  try {
    await client.healthCheck.upsert({ where: { id: "health" }, create: { id: "health", checkedAt: now }, update: { checkedAt: now } });
    return { reachable: true, writable: true };
  } catch (error) {
    logStorageFailureOnce(storageFailureCause(error) ?? (error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) ?? "unknown" : String(error)));
    return { reachable: true, writable: false };
  }
}
