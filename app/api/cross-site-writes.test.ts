import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, request, sessionTokenFor } from "@/tests/helpers/signed-in";

// Every state-changing route handler under app/api, found on disk so a new one cannot escape:
// a write that a browser says came from another site is refused before it does anything, with the
// session of a signed-in student or teacher; a JSON route refuses a body not sent as JSON.

const API = path.resolve("app/api");
const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** next-auth's own POSTs (sign-in, sign-out) are guarded by next-auth's CSRF token; see its test below. */
const NEXT_AUTH = "auth/[...nextauth]";
/** Writes that take no JSON body (none, or a multipart upload): the origin check alone guards them. */
const NOT_JSON = new Set([
  "DELETE account/sessions",
  "POST quiz/attempts/[attemptId]/finish",
  "POST quiz/attempts/[attemptId]/retry",
  "DELETE sets/[setId]/learn-progress",
  "POST teach/articles/preview",
  "DELETE teach/classes/[classId]/members/[userId]",
  "PUT teach/classes/[classId]/members/[userId]",
  "POST teach/classes/[classId]/join-code",
  "DELETE teach/sets/[setId]/draft",
  "DELETE teach/sets/[setId]/items/[itemId]",
]);
/** The benchmark's empty handler changes nothing (and answers 404 unless BENCH_ROUTES=on): it stays bare as the bench's baseline. */
const CHANGES_NOTHING = "POST bench/empty";

function routeFiles(dir = API): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Write = { name: string; route: string; method: (typeof WRITES)[number]; handler: Handler; params: Record<string, string> };

const writes: Write[] = [];
const routes = routeFiles().map((file) => path.relative(API, path.dirname(file)).split(path.sep).join("/"));
let tokens: { student: string; teacher: string };

beforeAll(async () => {
  for (const route of routes) {
    if (route === NEXT_AUTH) continue;
    const routeModule = (await import(pathToFileURL(path.join(API, route, "route.ts")).href)) as Record<string, unknown>;
    const params = Object.fromEntries([...route.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name, "not-a-real-id"]));
    for (const method of WRITES) {
      if (typeof routeModule[method] === "function" && `${method} ${route}` !== CHANGES_NOTHING) writes.push({ name: `${method} ${route}`, route, method, handler: routeModule[method] as Handler, params });
    }
  }
  const [student, teacher] = await Promise.all([createUser("STUDENT"), createUser("TEACHER")]);
  tokens = { student: await sessionTokenFor(student), teacher: await sessionTokenFor(teacher) };
}, 60_000);

const writtenRows = () => Promise.all([db.classroom.count(), db.classMembership.count(), db.reviewLog.count(), db.user.count(), db.studySet.count()]);

const call = (write: Write, headers: Record<string, string>, token?: string, body = '{"name":"Evil class","code":"ABC234"}') =>
  write.handler(request(`/api/${write.route.replace(/\[(\w+)\]/g, "not-a-real-id")}`, { method: write.method, headers, body, token }), {
    params: Promise.resolve(write.params),
  });

describe("state-changing route handlers", () => {
  it("are all found, including sign-up and the class, grade and join writes the issue named", () => {
    const names = writes.map((write) => write.name);
    expect(names).toEqual(expect.arrayContaining(["POST accounts", "POST teach/classes", "POST reviews", "POST classes/join"]));
    expect(writes.length).toBeGreaterThanOrEqual(20);
  });

  it("refuse a foreign Origin with a text/plain body, for a student and a teacher, and write nothing", async () => {
    const before = await writtenRows();
    for (const write of writes) {
      for (const token of [tokens.student, tokens.teacher, undefined]) {
        const response = await call(write, { origin: "http://evil.example", "content-type": "text/plain" }, token);
        expect(response.status, write.name).toBe(403);
        expect((await response.json()).error, write.name).toMatch(/another site/);
      }
    }
    expect(await writtenRows()).toEqual(before);
  });

  it("refuse what the browser marks Sec-Fetch-Site: cross-site or same-site, and an opaque Origin", async () => {
    for (const write of writes) {
      const refused: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "null" }];
      for (const headers of refused) {
        const response = await call(write, { ...headers, "content-type": "application/json" }, tokens.teacher);
        expect(response.status, `${write.name} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });

  it("refuse a same-site body not sent as JSON (415), except the routes that take none", async () => {
    for (const write of writes.filter((write) => !NOT_JSON.has(write.name))) {
      for (const token of [tokens.student, tokens.teacher]) {
        const response = await call(write, { origin: "http://localhost:3100", "sec-fetch-site": "same-origin", "content-type": "text/plain" }, token);
        // A student may be refused their role first (403), but never have a text/plain body read.
        if (response.status !== 403) expect(response.status, write.name).toBe(415);
      }
    }
    for (const name of NOT_JSON) expect(writes.map((write) => write.name), `${name} is still a route`).toContain(name);
  });

  it("let our own pages' requests through", async () => {
    const join = writes.find((write) => write.name === "POST classes/join")!;
    const response = await call(join, { origin: "http://localhost:3100", "sec-fetch-site": "same-origin", "content-type": "application/json" }, tokens.student, '{"code":"ZZZZZZ"}');
    expect(response.status).toBe(404);
    const curl = await call(join, { "content-type": "application/json" }, tokens.student, '{"code":"ZZZZZZ"}');
    expect(curl.status).toBe(404);
  });
});
