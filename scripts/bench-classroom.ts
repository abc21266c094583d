// `npm run bench:classroom -- [--students 300] [--database sqlite|postgresql] [--find-max]`: a class
// takes an assigned 20-question quiz together. Every student is signed in through next-auth; the
// teacher makes the class, the students join with its code and the teacher assigns a set, all through
// the routes the pages use. Then each student starts within the same 10 seconds (start: POST
// /api/quiz/attempts and the assignment page re-rendered around the attempt, as the Start button
// does), answers one question every 2–4 s, and submits; the teacher's report page is reloaded
// every 3 s throughout. Afterwards the database is checked against what the app acknowledged.
// `--find-max` steps the class size up (or down) to the largest that still meets the targets.
// The production build is served by `next start` on a loopback port, as bench:answers does; on
// PostgreSQL the database is BENCH_DATABASE_URL, emptied first.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { benchPostgresUrl, freePort, inBatches, loadLine, parseBenchOptions } from "./bench-options";
import { checkClassroom, type AcknowledgedAnswer, type ClassroomCheck } from "./classroom-check";
import { call, responseFor, signIn, type PublicQuestion, type Reply } from "./http-session";
import { ensureProductionBuild, nextServerArgs } from "./next-server";

const OPTIONS = parseBenchOptions(process.argv.slice(2), ["database", "students", "findMax"]);
const BENCH_DIR = path.resolve("data/bench-classroom");
const DATABASE_URL = OPTIONS.database === "postgresql" ? benchPostgresUrl() : "file:./data/bench-classroom/app.db";
const PASSWORD = "classroom-password";
const SECRET = "bench-classroom-secret-0123456789abcdefghijkl";
const QUESTIONS = 20;
const START_WINDOW_MS = 10_000;
const ANSWER_GAP_MS = [2_000, 4_000] as const;
const REPORT_EVERY_MS = 3_000;
const TARGETS = { startP95: 1_000, answerP95: 200 };
/** --find-max: at most this many class sizes after the first. */
const MAX_STEPS = 4;

process.env.DATABASE_URL = DATABASE_URL;
process.env.NEXTAUTH_SECRET = SECRET;
process.env.NEXT_TELEMETRY_DISABLED = "1";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: readonly [number, number]) => low + Math.random() * (high - low);


function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}


async function emptyDatabase(): Promise<void> {
  if (OPTIONS.database === "sqlite") {
    fs.rmSync(BENCH_DIR, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"');
  await client.end();
}

/** Signed-in students, made as needed: --find-max reuses them in every class it tries. */
class StudentPool {
  private cookies: string[] = [];
  constructor(private readonly base: string) {}

  async take(count: number): Promise<string[]> {
    if (count > this.cookies.length) {
      const { db } = await import("@/lib/db");
      const { hashPassword } = await import("@/lib/auth/password");
      const passwordHash = await hashPassword(PASSWORD);
      const emails = Array.from({ length: count - this.cookies.length }, (_, index) => `student${this.cookies.length + index + 1}@classroom.bench`);
      await db.user.createMany({ data: emails.map((email, index) => ({ email, name: `Student ${this.cookies.length + index + 1}`, role: "STUDENT", passwordHash })) });
      console.log(`Signing in ${emails.length} students...`);
      this.cookies.push(...(await inBatches(emails, 8, (email) => signIn(this.base, email, PASSWORD))));
    }
    return this.cookies.slice(0, count);
  }
}

/** The teacher's own set from the sample article (generated and stored as publishing does), and their session. */
async function makeTeacher(base: string): Promise<{ cookie: string; setId: string }> {
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  const { generateStudySet } = await import("@/lib/generator");
  const { createStudySet } = await import("@/lib/study-sets/store");
  const { SAMPLE_ARTICLE_PATH } = await import("@/lib/database/seed");
  const email = "teacher@classroom.bench";
  const teacher = await db.user.create({ data: { email, name: "Teacher", role: "TEACHER", passwordHash: await hashPassword(PASSWORD) } });
  const sourceText = fs.readFileSync(SAMPLE_ARTICLE_PATH, "utf8");
  const content = generateStudySet(sourceText);
  const setId = await db.$transaction((tx) => createStudySet(tx, { title: content.title, sourceText, content, ownerId: teacher.id, visibility: "PRIVATE" }));
  return { cookie: await signIn(base, email, PASSWORD), setId };
}

function expectStatus(reply: Reply, allowed: number[], what: string): void {
  if (!allowed.includes(reply.status)) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
}

/** A class of these students, joined with its code, and an assignment of 20 questions on the teacher's set. */
async function makeAssignment(base: string, teacher: { cookie: string; setId: string }, students: string[], size: number): Promise<string> {
  const made = await call(base, teacher.cookie, "POST", "/api/teach/classes", { name: `Class of ${size} (${new Date().toISOString()})` });
  expectStatus(made, [201], "creating the class");
  const { id: classId, joinCode } = made.body as { id: string; joinCode: string };
  await inBatches(students, 16, async (cookie) => expectStatus(await call(base, cookie, "POST", "/api/classes/join", { code: joinCode }), [201], "joining the class"));
  const hour = 3_600_000;
  const assigned = await call(base, teacher.cookie, "POST", "/api/teach/assignments", {
    classId,
    setId: teacher.setId,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    dueAt: new Date(Date.now() + 2 * hour).toISOString(),
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    shuffleQuestions: true,
    shuffleChoices: true,
    showAnswers: false,
    questionCount: QUESTIONS,
    questionTypes: null,
  });
  expectStatus(assigned, [201], "assigning the quiz");
  return (assigned.body as { id: string }).id;
}

type StepResult = {
  size: number;
  start: number[];
  startPost: number[];
  answer: number[];
  submit: number[];
  report: number[];
  errors: Map<string, number>;
  check: ClassroomCheck;
  met: boolean;
};

type Pace = { startWindowMs: number; answerGapMs: readonly [number, number] };
const CLASS_PACE: Pace = { startWindowMs: START_WINDOW_MS, answerGapMs: ANSWER_GAP_MS };
/** A few students through the whole quiz at once, untimed, so the timed class meets a warm server (routes loaded, JIT). */
const WARM_UP = { students: 8, pace: { startWindowMs: 0, answerGapMs: [0, 0] } satisfies Pace };

async function runClass(base: string, teacher: { cookie: string; setId: string }, pool: StudentPool, size: number, pace = CLASS_PACE): Promise<StepResult> {
  const students = await pool.take(size);
  const assignmentId = await makeAssignment(base, teacher, students, size);
  const result: StepResult = { size, start: [], startPost: [], answer: [], submit: [], report: [], errors: new Map(), check: undefined as unknown as ClassroomCheck, met: false };
  const acknowledged: AcknowledgedAnswer[] = [];
  const fail = (what: string, reply: Reply | Error) => {
    const key = reply instanceof Error ? `${what}: ${reply.message}` : `${what}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`;
    result.errors.set(key, (result.errors.get(key) ?? 0) + 1);
  };
  const timed = async (route: string, cookie: string, method: "GET" | "POST", body?: unknown) => {
    const started = performance.now();
    const reply = await call(base, cookie, method, route, body);
    return { reply, ms: performance.now() - started };
  };

  const student = async (cookie: string) => {
    await sleep(Math.random() * pace.startWindowMs);
    const started = await timed("/api/quiz/attempts", cookie, "POST", { assignmentId });
    if (started.reply.status !== 201) return fail("start", started.reply);
    const page = await timed(`/assignments/${assignmentId}`, cookie, "GET");
    if (page.reply.status !== 200) return fail("assignment page", page.reply);
    result.startPost.push(started.ms);
    result.start.push(started.ms + page.ms);
    const attemptId = (started.reply.body as { attemptId: string }).attemptId;
    // The page carries the questions in its markup; the same view as JSON is easier to read here.
    const view = await call(base, cookie, "GET", `/api/quiz/attempts/${attemptId}`);
    if (view.status !== 200) return fail("reading the attempt", view);
    const questions = (view.body as { questions: { question: PublicQuestion }[] }).questions.map((entry) => entry.question);
    for (const question of questions) {
      await sleep(between(pace.answerGapMs));
      const saved = await timed(`/api/quiz/attempts/${attemptId}/answers`, cookie, "POST", { itemId: question.itemId, response: responseFor(question) });
      if (saved.reply.status !== 201) fail("answer", saved.reply);
      else {
        result.answer.push(saved.ms);
        acknowledged.push({ attemptId, itemId: question.itemId });
      }
    }
    await sleep(between(pace.answerGapMs));
    const submitted = await timed(`/api/quiz/attempts/${attemptId}/finish`, cookie, "POST");
    if (submitted.reply.status !== 200) return fail("submit", submitted.reply);
    result.submit.push(submitted.ms);
  };

  let running = true;
  const teacherWatching = (async () => {
    while (running) {
      const loaded = await timed(`/teach/assignments/${assignmentId}`, teacher.cookie, "GET");
      if (loaded.reply.status !== 200) fail("teacher's report page", loaded.reply);
      else result.report.push(loaded.ms);
      await sleep(REPORT_EVERY_MS);
    }
  })();
  console.log(`Class of ${size}: starting within ${pace.startWindowMs / 1000} s, ${QUESTIONS} answers each, one every ${pace.answerGapMs[0] / 1000}–${pace.answerGapMs[1] / 1000} s...`);
  await Promise.all(students.map((cookie) => student(cookie).catch((error: unknown) => fail("student", error instanceof Error ? error : new Error(String(error))))));
  running = false;
  await teacherWatching;

  const { db } = await import("@/lib/db");
  result.check = await checkClassroom(db, assignmentId, acknowledged);
  const errors = [...result.errors.values()].reduce((sum, count) => sum + count, 0);
  const check = result.check;
  result.met =
    result.start.length === size && percentile(result.start, 95) < TARGETS.startP95 && percentile(result.answer, 95) < TARGETS.answerP95 &&
    errors === 0 && check.lost === 0 && check.doubled === 0 && check.ungraded === 0 && check.extraAttempts === 0;
  const ms = (values: number[]) => `${percentile(values, 95).toFixed(0)} ms`;
  console.log(
    `  start p95 ${ms(result.start)} (the POST alone ${ms(result.startPost)}), answer p95 ${ms(result.answer)} (${result.answer.length} answers), ` +
      `submit p95 ${ms(result.submit)}, teacher's report page p95 ${ms(result.report)} (${result.report.length} loads), errors ${errors}`,
  );
  for (const [what, count] of result.errors) console.log(`    ${count}× ${what}`);
  console.log(
    `  database: ${check.acknowledged} answers acknowledged, ${check.stored} stored, ${check.lost} lost, ${check.doubled} doubled, ${check.unacknowledged} stored unacknowledged; ` +
      `${check.attempts} attempts, ${check.extraAttempts} extra, ${check.ungraded} not graded`,
  );
  console.log(`  targets (start p95 < ${TARGETS.startP95} ms, answer p95 < ${TARGETS.answerP95} ms, 0 errors, 0 lost, every attempt graded once): ${result.met ? "PASS" : "MISS"}`);
  console.log(`  ${loadLine()}`);
  return result;
}

/** The next class size to try, or null when --find-max has its answer. */
function nextSize(results: StepResult[]): number | null {
  if (results.length > MAX_STEPS) return null;
  const first = results[0];
  const last = results[results.length - 1];
  if (first.met) return last.met ? Math.round((last.size * 1.5) / 50) * 50 : null;
  return last.met || last.size <= 25 ? null : Math.max(25, Math.round((last.size * 0.6) / 25) * 25);
}

async function main(): Promise<void> {
  const began = Date.now();
  ensureProductionBuild();
  console.log(`${loadLine()}\nFresh ${OPTIONS.database === "sqlite" ? "SQLite" : "PostgreSQL"} database at ${DATABASE_URL.replace(/\/\/[^@]*@/, "//")}...`);
  await emptyDatabase();
  const { prepare } = await import("./prepare-db");
  await prepare();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app: ChildProcess = spawn(process.execPath, nextServerArgs("start", String(port), "127.0.0.1"), {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXTAUTH_URL: base, PORT: String(port), NODE_ENV: "production", DEMO_ACCOUNTS: "off" },
  });
  const stop = () => app.exitCode === null && app.kill("SIGTERM");
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));
  try {
    const until = Date.now() + 120_000;
    while (!(await fetch(`${base}/api/health`).then((response) => response.ok, () => false))) {
      if (Date.now() > until) throw new Error("the app server did not come up within 120 s");
      await sleep(250);
    }
    const teacher = await makeTeacher(base);
    const pool = new StudentPool(base);
    console.log("Warm-up (not counted):");
    await runClass(base, teacher, pool, WARM_UP.students, WARM_UP.pace);
    const results = [await runClass(base, teacher, pool, OPTIONS.students)];
    for (let size = OPTIONS.findMax ? nextSize(results) : null; size !== null; size = nextSize(results)) {
      results.push(await runClass(base, teacher, pool, size));
    }
    const largest = Math.max(0, ...results.filter((result) => result.met).map((result) => result.size));
    console.log("");
    console.log(`${OPTIONS.database === "sqlite" ? "SQLite" : "PostgreSQL"}, one app server: class of ${OPTIONS.students}: ${results[0].met ? "PASS" : "MISS"}.`);
    if (OPTIONS.findMax) {
      const tried = results.map((result) => `${result.size} ${result.met ? "met" : "missed"}`).join(", ");
      const missedAbove = results.some((result) => !result.met && result.size > largest);
      console.log(`Largest class that met the targets: ${largest || "none of those tried"}${missedAbove ? "" : " (the largest tried; it may go higher)"} (tried ${tried}).`);
    } else {
      console.log("For the largest class that still meets the targets, run with --find-max.");
    }
    console.log(`${loadLine()}\nWhole bench took ${Math.round((Date.now() - began) / 1000)} s.`);
    if (process.env.BENCH_STRICT === "on" && !results[0].met) process.exitCode = 1;
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:classroom failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
