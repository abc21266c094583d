import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";

// Against the production server: bodies capped while they stream, bytes that are not UTF-8 refused,
// denied pages answering real status codes, the benchmark route closed.

async function sessionCookie(request: APIRequestContext, email: string): Promise<string> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signIn = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "studyhard", json: "true" } });
  expect(signIn.ok()).toBe(true);
  const { cookies } = await request.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

type StreamOutcome = { status: number; sentBytes: number; totalBytes: number };

/**
 * Sends `totalBytes` as a chunked body (no Content-Length) in 64 KB chunks, pausing between them, and
 * stops sending once the response starts. The server must answer before the body is over.
 */
function streamChunkedBody(url: string, headers: Record<string, string>, totalBytes: number, prefix = ""): Promise<StreamOutcome> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sentBytes = 0;
    let answered = false;
    const request = http.request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes, totalBytes });
      request.destroy();
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (prefix) {
      request.write(prefix);
      sentBytes += Buffer.byteLength(prefix);
    }
    const sendMore = () => {
      if (answered) return;
      if (sentBytes >= totalBytes) {
        request.end();
        return;
      }
      request.write(chunk);
      sentBytes += chunk.length;
      setTimeout(sendMore, 2);
    };
    sendMore();
  });
}

test.describe("bodies stop at their limit while streaming", () => {
  const total = 64 * 1024 * 1024;

  test("sign-up: a chunked 64 MB body gets 413 long before it is all sent", async ({ baseURL }) => {
    const outcome = await streamChunkedBody(`${baseURL}/api/accounts`, { "content-type": "application/json" }, total, '{"name":"');
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(total / 4);
  });

  test("sign-in: the credentials callback caps its form the same way", async ({ baseURL }) => {
    const outcome = await streamChunkedBody(`${baseURL}/api/auth/callback/credentials`, { "content-type": "application/x-www-form-urlencoded" }, total, "email=");
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(total / 4);
  });

  test("a teacher's import and article preview refuse a chunked body over their cap", async ({ baseURL, request }) => {
    const cookie = await sessionCookie(request, "teacher@example.com");
    const common = { cookie, origin: baseURL as string };
    const imported = await streamChunkedBody(`${baseURL}/api/teach/import`, { ...common, "content-type": "application/json" }, total, '{"text":"');
    expect(imported.status).toBe(413);
    expect(imported.sentBytes).toBeLessThan(total / 4);
    const boundary = "----capped";
    const preview = await streamChunkedBody(
      `${baseURL}/api/teach/articles/preview`,
      { ...common, "content-type": `multipart/form-data; boundary=${boundary}` },
      total,
      `--${boundary}\r\ncontent-disposition: form-data; name="text"\r\n\r\n`,
    );
    expect(preview.status).toBe(413);
    expect(preview.sentBytes).toBeLessThan(total / 4);
  });
});

test("a JSON body that is not valid UTF-8 is refused with 400, not stored with U+FFFD", async ({ baseURL }) => {
  const body = Buffer.concat([
    Buffer.from('{"name":"Ada'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('","email":"utf8-probe@example.com","password":"a long passphrase here","role":"STUDENT"}'),
  ]);
  const response = await fetch(`${baseURL}/api/accounts`, { method: "POST", headers: { "content-type": "application/json" }, body });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: string }).error).toMatch(/UTF-8/);
});

test.describe("denied pages answer real status codes", () => {
  test("signed out: /progress, /assignments and an assignment redirect (307) to sign-in with the page to return to", async ({ baseURL }) => {
    for (const path of ["/progress", "/assignments", "/assignments/some-assignment"]) {
      const response = await fetch(`${baseURL}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(307);
      const location = new URL(response.headers.get("location") ?? "", baseURL);
      expect(location.pathname, path).toBe("/sign-in");
      expect(location.searchParams.get("callbackUrl"), path).toBe(path);
    }
  });

  test("a teacher gets 403 from the student's assignment pages; a student 404 from an unknown assignment", async ({ baseURL, playwright }) => {
    const teacher = await playwright.request.newContext({ baseURL });
    const teacherCookie = await sessionCookie(teacher, "teacher@example.com");
    for (const path of ["/assignments", "/assignments/some-assignment"]) {
      const response = await fetch(`${baseURL}${path}`, { redirect: "manual", headers: { cookie: teacherCookie } });
      expect(response.status, path).toBe(403);
    }
    await teacher.dispose();
    const student = await playwright.request.newContext({ baseURL });
    const studentCookie = await sessionCookie(student, "student@example.com");
    const unknown = await fetch(`${baseURL}/assignments/no-such-assignment`, { redirect: "manual", headers: { cookie: studentCookie } });
    expect(unknown.status).toBe(404);
    const progress = await fetch(`${baseURL}/progress`, { redirect: "manual", headers: { cookie: studentCookie } });
    expect(progress.status).toBe(200);
    await student.dispose();
  });
});

test("the benchmark-only route answers 404 on a normal server", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/api/bench/empty`, { method: "POST" });
  expect(response.status).toBe(404);
});

test("/api/health says the database is reachable and writable", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: { reachable: true, writable: true } });
});
