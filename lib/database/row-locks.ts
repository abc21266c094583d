import type { Tx } from "@/lib/db";

/**
 * Takes the learner's own row lock for the rest of the transaction: a second transaction of the
 * same learner that wants it waits until the first commits, then reads what it wrote. This is how
 * rules of the kind "read, then insert unless one exists" (one open practice quiz per set, the
 * attempts allowed at an assignment) hold with several connections and several app servers on
 * PostgreSQL, where READ COMMITTED lets two such transactions both see "none" and both insert.
 * Portable SQL: on SQLite it simply makes the transaction a writer from its first statement.
 */
export async function lockLearner(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${userId}`;
}
