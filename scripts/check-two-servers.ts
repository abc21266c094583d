// `npm run test:two-servers`: two app servers (npm start each) on one PostgreSQL behind haproxy, with
// learners whose concurrent requests are split across both: the same grade, quiz start, answer,
// Learn step, class join and submit sent to both servers at the same moment. Afterwards every
// invariant is checked in the database: nothing acknowledged is lost, nothing is stored twice.
// Then one server's process is killed (kill -9) and the other stopped (SIGTERM), as a service
// manager would see them. Needs a production build and SCALE_DATABASE_URL (postgresql://..., emptied).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { startAppCluster, stopAppServer, waitForHealth, type AppCluster } from "./app-cluster";
import { call, responseFor, signIn, type PublicQuestion, type Reply } from "./http-session";

const DATABASE_URL = process.env.SCALE_DATABASE_URL ?? "";
const PORT = Number(process.env.SCALE_PORT ?? 3410);
const LEARNERS = 12;
const GRADES_PER_LEARNER = 12;
const PASSWORD = "two-servers-password";
const SECRET = "two-servers-secret-0123456789abcdefghijklmnop";

const failures: string[] = [];
function check(condition: boolean, what: string): void {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures.push(what);
}

async function emptyDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"');
  await client.end();
}

type Learner = { id: string; email: string; cookie: string };
type Fixture = { learners: Learner[]; setId: string; cardId: string; joinCode: string; classId: string; assignmentId: string; learnItemId: string; learnAnswer: string };

/** Learners, a class with an assignment on the sample set (one attempt), made in the database the servers migrated. */
async function makeFixture(cluster: AppCluster): Promise<Fixture> {
  process.env.DATABASE_URL = DATABASE_URL;
  const { db } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/auth/password");
  const passwordHash = await hashPassword(PASSWORD);
  const teacher = await db.user.create({ data: { email: `teacher-${randomUUID()}@two.example`, name: "Teacher", role: "TEACHER", passwordHash } });
  const sample = await db.studySet.findFirstOrThrow({ where: { isSample: true }, select: { id: true } });
  const card = await db.studyItem.findFirstOrThrow({ where: { setId: sample.id, kind: "FLASHCARD" }, select: { id: true } });
  const learn = await db.studyItem.findFirstOrThrow({ where: { setId: sample.id, kind: "QUESTION", type: "multiple_choice" }, select: { id: true, data: true } });
  const classroom = await db.classroom.create({ data: { name: "Two servers", teacherId: teacher.id, joinCode: `TWO${randomUUID().slice(0, 5).toUpperCase()}` } });
  const hour = 3_600_000;
  const assignment = await db.assignment.create({
    data: { classId: classroom.id, setId: sample.id, opensAt: new Date(Date.now() - hour), dueAt: new Date(Date.now() + hour), attemptsAllowed: 1 },
  });
  const learners: Learner[] = [];
  for (let index = 0; index < LEARNERS; index++) {
    const email = `learner${index}-${randomUUID()}@two.example`;
    const user = await db.user.create({ data: { email, name: `Learner ${index}`, role: "STUDENT", passwordHash } });
    // Signed in on the first server; the cookie must work on the second (one NEXTAUTH_SECRET).
    learners.push({ id: user.id, email, cookie: await signIn(cluster.servers[0].url, email, PASSWORD) });
  }
  await db.$disconnect();
  const answer = String((JSON.parse(learn.data) as { answer?: string }).answer ?? "");
  return { learners, setId: sample.id, cardId: card.id, joinCode: classroom.joinCode, classId: classroom.id, assignmentId: assignment.id, learnItemId: learn.id, learnAnswer: answer };
}

/** The same request sent to every server at the same moment. */
function onEvery(cluster: AppCluster, learner: Learner, method: "GET" | "POST", route: string, body?: unknown): Promise<Reply[]> {
  return Promise.all(cluster.servers.map((server) => call(server.url, learner.cookie, method, route, body)));
}

const statuses = (replies: Reply[]) => replies.map((reply) => reply.status).sort().join(",");
const attemptIdOf = (reply: Reply) => (reply.body as { attemptId?: string }).attemptId;

async function exercise(cluster: AppCluster, fixture: Fixture) {
  const acknowledgedGrades = new Set<string>();
  const acknowledgedAnswers: { attemptId: string; itemId: string }[] = [];
  let unexpected = 0;
  const note = (reply: Reply, allowed: number[], what: string) => {
    if (allowed.includes(reply.status)) return;
    unexpected += 1;
    if (unexpected <= 5) console.log(`  unexpected ${reply.status} for ${what}: ${JSON.stringify(reply.body).slice(0, 200)}`);
  };
  await Promise.all(
    fixture.learners.map(async (learner) => {
      // Practice and Learn first: once the learner is in the class, the assignment on this set locks them (issue 11).
      const practice = (await Promise.all([1, 2, 3].map(() => onEvery(cluster, learner, "POST", "/api/quiz/attempts", { setId: fixture.setId, count: 5 })))).flat();
      practice.forEach((reply) => note(reply, [200, 201], "practice start"));
      if (new Set(practice.map(attemptIdOf)).size !== 1) check(false, `every practice start of ${learner.email} resumes one quiz`);

      for (const mode of ["choice", "typed"]) {
        const replies = await onEvery(cluster, learner, "POST", "/api/practice/check", { itemId: fixture.learnItemId, mode, response: fixture.learnAnswer });
        replies.forEach((reply) => note(reply, [200], `learn ${mode}`));
      }

      const joins = await onEvery(cluster, learner, "POST", "/api/classes/join", { code: fixture.joinCode });
      joins.forEach((reply) => note(reply, [201, 409], "join"));
      if (statuses(joins) !== "201,409") check(false, `one join succeeds and the other is refused (got ${statuses(joins)})`);

      const assigned = (await Promise.all([1, 2, 3].map(() => onEvery(cluster, learner, "POST", "/api/quiz/attempts", { assignmentId: fixture.assignmentId })))).flat();
      assigned.forEach((reply) => note(reply, [200, 201], "assignment start"));
      if (new Set(assigned.map(attemptIdOf)).size !== 1) check(false, `every assignment start of ${learner.email} resumes one attempt`);
      const attemptId = attemptIdOf(assigned[0])!;
      const view = await call(cluster.url, learner.cookie, "GET", `/api/quiz/attempts/${attemptId}`);
      if (view.status !== 200) throw new Error(`reading attempt ${attemptId}: ${view.status} ${JSON.stringify(view.body).slice(0, 300)} (start answered ${statuses(assigned)} ${JSON.stringify(assigned[0].body).slice(0, 200)})`);
      const questions = (view.body as { questions: { question: PublicQuestion }[] }).questions.map((entry) => entry.question);
      // A learner answers one question after another; each answer reaches both servers at once.
      for (const question of questions) {
        const replies = await onEvery(cluster, learner, "POST", `/api/quiz/attempts/${attemptId}/answers`, { itemId: question.itemId, response: responseFor(question) });
        replies.forEach((reply) => note(reply, [200, 201], "answer"));
        if (replies.some((reply) => reply.status === 200 || reply.status === 201)) acknowledgedAnswers.push({ attemptId, itemId: question.itemId });
      }

      const grades = Array.from({ length: GRADES_PER_LEARNER }, () => randomUUID());
      // Several tabs grading the same card at once, each grade sent to both servers.
      const tabs = 4;
      await Promise.all(
        Array.from({ length: tabs }, (_, tab) => grades.filter((_, index) => index % tabs === tab)).map(async (tabGrades) => {
          for (const requestId of tabGrades) {
            const index = grades.indexOf(requestId);
          // Each grade goes to both servers at once: a retried request arriving twice.
          const replies = await onEvery(cluster, learner, "POST", "/api/reviews", { requestId, itemId: fixture.cardId, rating: 1 + (index % 4) });
          replies.forEach((reply) => note(reply, [200, 201, 409], "grade"));
          if (replies.some((reply) => reply.status === 200 || reply.status === 201)) acknowledgedGrades.add(requestId);
          }
        }),
      );

      const finishes = await onEvery(cluster, learner, "POST", `/api/quiz/attempts/${attemptId}/finish`);
      finishes.forEach((reply) => note(reply, [200], "finish"));
    }),
  );
  return { acknowledgedGrades, acknowledgedAnswers, unexpected };
}

async function verify(fixture: Fixture, outcome: Awaited<ReturnType<typeof exercise>>) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const rows = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  const ids = fixture.learners.map((learner) => learner.id);
  check(outcome.unexpected === 0, `every request answered as the rules say (${outcome.unexpected} unexpected answers)`);

  const logs = await rows(`SELECT "requestId" FROM "ReviewLog" WHERE "userId" = ANY($1)`, [ids]);
  const logged = new Set(logs.map((row) => row.requestId));
  check([...outcome.acknowledgedGrades].every((requestId) => logged.has(requestId)), `every acknowledged grade is stored (${outcome.acknowledgedGrades.size})`);
  check(logs.length === logged.size && logged.size === outcome.acknowledgedGrades.size, `each stored once, none unacknowledged (${logs.length} rows)`);
  const drift = await rows(
    `SELECT c."userId" FROM "CardState" c WHERE c."userId" = ANY($1)
     AND c."reps" <> (SELECT count(*) FROM "ReviewLog" r WHERE r."userId" = c."userId" AND r."itemId" = c."itemId")`,
    [ids],
  );
  check(drift.length === 0, "each card's reps equal its review-log rows");

  const openPractice = await rows(
    `SELECT "userId", count(*) AS n FROM "QuizAttempt" WHERE "userId" = ANY($1) AND "assignmentId" IS NULL AND "submittedAt" IS NULL GROUP BY "userId", "setId"`,
    [ids],
  );
  check(openPractice.length === ids.length && openPractice.every((row) => Number(row.n) === 1), "one open practice quiz per learner and set");
  const assigned = await rows(`SELECT "userId", count(*) AS n, bool_and("score" IS NOT NULL AND "submittedAt" IS NOT NULL) AS graded FROM "QuizAttempt" WHERE "assignmentId" = $1 GROUP BY "userId"`, [fixture.assignmentId]);
  check(assigned.length === ids.length && assigned.every((row) => Number(row.n) === 1), "attempts allowed at the assignment (1) never exceeded");
  check(assigned.every((row) => row.graded), "every attempt submitted and graded");
  const answers = await rows(`SELECT a."attemptId", a."itemId", count(*) AS n FROM "QuizAnswer" a JOIN "QuizAttempt" t ON t."id" = a."attemptId" WHERE t."assignmentId" = $1 GROUP BY 1, 2`, [fixture.assignmentId]);
  const stored = new Set(answers.map((row) => `${row.attemptId} ${row.itemId}`));
  check(answers.every((row) => Number(row.n) === 1), "one answer per question per attempt");
  check(outcome.acknowledgedAnswers.every((answer) => stored.has(`${answer.attemptId} ${answer.itemId}`)), `every acknowledged answer stored (${outcome.acknowledgedAnswers.length})`);
  const learn = await rows(`SELECT "stage" FROM "LearnProgress" WHERE "userId" = ANY($1) AND "itemId" = $2`, [ids, fixture.learnItemId]);
  check(learn.length === ids.length && learn.every((row) => row.stage === 2), "Learn progress: one row per learner, learned after choice then typed");
  const members = await rows(`SELECT count(*) AS n FROM "ClassMembership" WHERE "classId" = $1`, [fixture.classId]);
  check(Number(members[0].n) === ids.length, "class joins: one membership per learner");
  const sample = await rows(`SELECT count(*) AS n FROM "StudySet" WHERE "isSample"`);
  check(Number(sample[0].n) === 1, "seeded once by two servers starting together");
  await client.end();
}

/** Ends of the two servers as a service manager sees them. */
async function checkStops(cluster: AppCluster) {
  const [killed, stopped] = cluster.servers;
  const nextServer = execFileSync("ps", ["-o", "pid=", "--ppid", String(killed.process.pid)], { encoding: "utf8" }).trim().split(/\s+/)[0];
  process.kill(Number(nextServer), "SIGKILL");
  const exit = await killed.exited;
  check(exit.code === 137 && /killed by SIGKILL/.test(killed.output()), `npm start exits 137 naming SIGKILL when its server is killed (got ${exit.code})`);
  await waitForHealth(cluster.url, 15_000);
  const served = await Promise.all(Array.from({ length: 10 }, () => fetch(`${cluster.url}/api/health`).then((response) => response.status)));
  check(served.every((status) => status === 200), "the balancer keeps serving from the other server");
  const stop = await stopAppServer(stopped);
  check(stop.code === 0, `SIGTERM stops npm start and its server cleanly, exit 0 (got ${stop.code ?? stop.signal})`);
}

async function main() {
  if (!/^postgres(ql)?:\/\//.test(DATABASE_URL)) throw new Error("set SCALE_DATABASE_URL to a PostgreSQL database this check may empty");
  await emptyDatabase();
  // 12 learners x 6 simultaneous starts hold many transactions at once; with 10 connections per server
  // a few waited past Prisma's 10 s for a connection on a machine at load 30 (P2028, answered 500).
  const cluster = await startAppCluster({ servers: 2, databaseUrl: DATABASE_URL, port: PORT, env: { NEXTAUTH_SECRET: SECRET, DEMO_ACCOUNTS: "on", DATABASE_POOL_SIZE: "20" } });
  try {
    const fixture = await makeFixture(cluster);
    const outcome = await exercise(cluster, fixture);
    await verify(fixture, outcome);
    await checkStops(cluster);
  } catch (error) {
    failures.push(`the check itself: ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error)}`);
    throw error;
  } finally {
    if (failures.length) for (const server of cluster.servers) console.error(`--- server ${server.port} ---\n${server.output().replace(/^\s+at .*\n/gm, "").slice(-12000)}`);
    await cluster.stop();
  }
  if (failures.length) {
    console.error(`${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log("two servers on one PostgreSQL: every check passed");
}

main().catch((error: unknown) => {
  console.error(`two-server check failed: ${error instanceof Error ? `${error.stack} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error)}`);
  process.exit(1);
});
