import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// The app's own client on the real test database: every request shares its one SQLite connection,
// so what one request does must not leak into another's open transaction.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function student() {
  return db.user.create({
    data: { email: `one-connection-${randomUUID()}@example.com`, name: "Connection Student", passwordHash: "x", role: "STUDENT" },
  });
}

/** A transaction that writes, lingers as a slow request would, then fails and rolls back. */
function failingTransaction(userId: string, write: number) {
  return db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { newCardsPerDay: write } });
      await pause(60);
      throw new Error("rolled back on purpose");
    })
    .catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
}

describe("one shared connection", () => {
  it("keeps a write that succeeded while another request's transaction was open and then rolled back", async () => {
    const [settings, other] = [await student(), await student()];
    const rolledBack = failingTransaction(other.id, 7);
    await pause(15);
    await db.user.update({ where: { id: settings.id }, data: { newCardsPerDay: 33 } });
    expect(await rolledBack).toBe("rolled back on purpose");
    const stored = await db.user.findUniqueOrThrow({ where: { id: settings.id } });
    expect(stored.newCardsPerDay).toBe(33);
  });

  it("does not show another request's uncommitted write", async () => {
    const user = await student();
    const rolledBack = failingTransaction(user.id, 7);
    await pause(15);
    const seen = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(seen.newCardsPerDay).toBe(20);
    await rolledBack;
  });
});
