import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "@/lib/http-errors";
import { checkDatabase } from "./health";

// A database that cannot write, for real: a copy of the migrated test database opened read-only
// (SQLITE_OPEN_READONLY), and one switched to PRAGMA query_only. No mock of Prisma or SQLite.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "read-only-db-"));
const file = path.join(folder, "app.db");
fs.copyFileSync(path.resolve("data/test/vitest.db"), file);

const clients: PrismaClient[] = [];
function open(options: { readonly?: boolean } = {}): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, ...options }) });
  clients.push(client);
  return client;
}

let log: MockInstance<typeof console.error>;
beforeAll(() => {
  log = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(async () => {
  log.mockRestore();
  await Promise.all(clients.map((client) => client.$disconnect()));
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("a database that cannot write", () => {
  it("health reports a writable database when it is", async () => {
    expect(await checkDatabase(open())).toEqual({ reachable: true, writable: true });
  });

  it("health reports a read-only file as reachable but not writable", async () => {
    expect(await checkDatabase(open({ readonly: true }))).toEqual({ reachable: true, writable: false });
  });

  it("a write refused by a read-only database answers 503 'cannot save right now', logged once per cause, no stack", async () => {
    const readOnly = open();
    await readOnly.$executeRawUnsafe("PRAGMA query_only = ON");
    const responses: Response[] = [];
    for (let i = 0; i < 2; i++) {
      const failure = await readOnly.user.updateMany({ data: { newCardsPerDay: 5 } }).catch((error: unknown) => error);
      responses.push(errorResponse(failure));
    }
    for (const response of responses) {
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: string; code: string };
      expect(body).toEqual({ error: expect.stringMatching(/cannot save right now/), code: "cannot_save" });
      expect(JSON.stringify(body)).not.toMatch(/SQLITE|at .*\.(ts|js):\d+/);
    }
    // The health check above met the same cause first: one line for the whole file, not one per request.
    expect(log.mock.calls.filter((call) => /readonly/i.test(String(call[0])))).toHaveLength(1);
    expect(await checkDatabase(readOnly)).toEqual({ reachable: true, writable: false });
  });

  it("any other error is still a generic 500", async () => {
    const response = errorResponse(new Error("boom"));
    expect(response.status).toBe(500);
  });
});
