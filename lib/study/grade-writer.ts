import { v7 as timeOrderedId } from "uuid";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/config";
import { retryOnSerializationFailure } from "@/lib/database/serialization";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleSetSql } from "@/lib/study-sets/visibility";
import { applyGrade, serializeStoredCard, type GradeValue, type StoredCard } from "./scheduler";

// The hot path: a measured design. Read the README's "Performance" section, and run
// `npm run bench:answers`, before changing it.
//
// Writes flashcard grades, the one write every card press makes, in batches: grades that arrive
// while a batch is being written wait and go together in the next one (group commit). A batch is
// one read (the cards, whether each learner may study them, and their FSRS state) and one
// transaction of two statements (the review log rows, then the new states). The cost is Prisma's
// per-call overhead, not SQLite's (README, "Performance"), so the statements are raw SQL through
// Prisma's tagged templates, and their number per batch does not grow with its size. Under light
// load a batch holds one grade, written GATHER_MS after it arrives.
//
// The batch queue is per process: it only groups writes; correctness does not rest on it. With
// several app servers on PostgreSQL (or a pool of connections in one), two batches may grade the
// same card at once, so the transaction runs at SERIALIZABLE: of two that read and write the same
// card state, PostgreSQL aborts one (40001), and the batch is read and planned again.

export type GradeRequest = { learnerId: string; requestId: string; itemId: string; rating: GradeValue; now: Date };

export type GradeWrite =
  /** Saved: the card's new state. */
  | { status: "saved"; card: StoredCard }
  /** No such flashcard, or not one this learner may study. */
  | { status: "not-found" }
  /** Nothing written: the requestId was used before, or the card's state changed since it was read. */
  | { status: "not-saved" };

type Waiting = GradeRequest & { resolve: (write: GradeWrite) => void; reject: (error: unknown) => void };

/** 100 grades make about 3,200 bound parameters, well under SQLite's 32,766. */
const MOST_PER_BATCH = 100;
/**
 * How long the first grade of a batch waits for others. Without it, at a steady 500 saves/s most
 * batches held one grade and the server fell behind (README, "Performance"). 10 ms more before the
 * next card shows is below what a learner can notice.
 */
const GATHER_MS = 10;
let waiting: Waiting[] = [];
let writing = false;

/** Queues a grade; it is written with whatever else arrived meanwhile, and answered when committed. */
export function writeGrade(grade: GradeRequest): Promise<GradeWrite> {
  return new Promise((resolve, reject) => {
    waiting.push({ ...grade, resolve, reject });
    if (!writing) {
      writing = true;
      setTimeout(writeWaiting, GATHER_MS);
    }
  });
}

async function writeWaiting(): Promise<void> {
  try {
    while (waiting.length > 0) {
      const { batch, later } = nextBatch(waiting);
      waiting = later;
      await writeOrSplit(batch);
    }
  } finally {
    writing = false;
  }
}

/**
 * At most one grade per learner and card, and per requestId, so each grade in a batch is computed
 * from the state the one before it saved; the others wait for the next batch.
 */
function nextBatch(queue: Waiting[]): { batch: Waiting[]; later: Waiting[] } {
  const batch: Waiting[] = [];
  const later: Waiting[] = [];
  const cards = new Set<string>();
  const requests = new Set<string>();
  for (const grade of queue) {
    const card = `${grade.learnerId} ${grade.itemId}`;
    if (batch.length >= MOST_PER_BATCH || cards.has(card) || requests.has(grade.requestId)) {
      later.push(grade);
    } else {
      batch.push(grade);
      cards.add(card);
      requests.add(grade.requestId);
    }
  }
  return { batch, later };
}

/** A failed batch is written again one grade at a time, so one bad grade fails only its own request. */
async function writeOrSplit(batch: Waiting[]): Promise<void> {
  try {
    const writes = await writeBatch(batch);
    batch.forEach((grade, index) => grade.resolve(writes[index]));
  } catch (error) {
    if (batch.length === 1) batch[0].reject(error);
    else for (const grade of batch) await writeOrSplit([grade]);
  }
}

type CardRow = Omit<StoredCard, "lastReview"> & { position: bigint | number; stateId: string | null; lastReview: Date | null };

/** Each grade's card and the learner's state for it; a grade with no row may not be studied. */
async function readCards(batch: GradeRequest[]): Promise<Map<number, StoredCard | null>> {
  const wanted = Prisma.join(batch.map((grade, position) => Prisma.sql`(${position}, ${grade.learnerId}, ${grade.itemId})`));
  const rows = await db.$queryRaw<CardRow[]>`
    WITH "wanted" ("position", "userId", "itemId") AS (VALUES ${wanted})
    SELECT w."position", c."id" AS "stateId", c."due", c."stability", c."difficulty", c."elapsedDays",
           c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview"
    FROM "wanted" w
    JOIN "StudyItem" i ON i."id" = w."itemId"
    JOIN "StudySet" s ON s."id" = i."setId"
    LEFT JOIN "CardState" c ON c."itemId" = i."id" AND c."userId" = w."userId"
    WHERE i."kind" = 'FLASHCARD' AND i."retired" = ${false} AND ${visibleSetSql(Prisma.raw(`w."userId"`))}`;
  const cards = new Map<number, StoredCard | null>();
  for (const { position, stateId, ...stored } of rows) cards.set(Number(position), stateId === null ? null : stored);
  return cards;
}

type PlannedWrite = {
  grade: GradeRequest;
  previous: StoredCard | null;
  card: StoredCard;
  log: ReturnType<typeof applyGrade>["log"];
  logId: string;
};

/** A serialization failure that outlasts the retries answers "not saved": recordGrade reads and tries once more. */
function writeBatch(batch: GradeRequest[]): Promise<GradeWrite[]> {
  return retryOnSerializationFailure(
    () => planAndSave(batch),
    () => batch.map((): GradeWrite => ({ status: "not-saved" })),
  );
}

async function planAndSave(batch: GradeRequest[]): Promise<GradeWrite[]> {
  const cards = await readCards(batch);
  const planned = batch.map((grade, position): PlannedWrite | null => {
    if (!cards.has(position)) return null;
    const previous = cards.get(position) ?? null;
    const { card, log } = applyGrade(previous, grade.rating, grade.now);
    return { grade, previous, card, log, logId: timeOrderedId() };
  });
  const writes = planned.filter((write): write is PlannedWrite => write !== null);
  const logged = writes.length > 0 ? await saveWrites(writes) : new Set<string>();
  return planned.map((write) => {
    if (!write) return { status: "not-found" };
    return logged.has(write.logId) ? { status: "saved", card: write.card } : { status: "not-saved" };
  });
}

/**
 * Columns of a VALUES list as the tables type them. PostgreSQL types an uncast parameter in a
 * VALUES list as text (and then refuses `integer = text`); SQLite needs no cast, so its statements
 * stay exactly as measured.
 */
const ON_POSTGRESQL = databaseProvider() === "postgresql";
function typed(column: string, postgresqlType: string): string {
  return ON_POSTGRESQL ? `${column}::${postgresqlType}` : column;
}

/** Each table's columns as the writes below fill them, with their PostgreSQL types: written once here. */
type Column = readonly [name: string, postgresqlType: string];
const LOG_COLUMNS: Column[] = [
  ["id", "text"], ["requestId", "text"], ["userId", "text"], ["itemId", "text"], ["rating", "integer"], ["state", "integer"],
  ["due", "timestamp(3)"], ["stability", "double precision"], ["difficulty", "double precision"], ["elapsedDays", "integer"],
  ["lastElapsedDays", "integer"], ["scheduledDays", "integer"], ["learningSteps", "integer"], ["reviewedAt", "timestamp(3)"],
  ["previousCard", "text"],
];
/** The reps the grade was computed from: compared, not stored. */
const LOG_VALUES: Column[] = [...LOG_COLUMNS, ["readReps", "integer"]];
const STATE_COLUMNS: Column[] = [
  ["id", "text"], ["userId", "text"], ["itemId", "text"], ["due", "timestamp(3)"], ["stability", "double precision"],
  ["difficulty", "double precision"], ["elapsedDays", "integer"], ["scheduledDays", "integer"], ["learningSteps", "integer"],
  ["reps", "integer"], ["lapses", "integer"], ["state", "integer"], ["lastReview", "timestamp(3)"], ["introducedAt", "timestamp(3)"],
];
/** The log row a state belongs to: checked, not stored. */
const STATE_VALUES: Column[] = [["logId", "text"], ...STATE_COLUMNS];
/** What a new grade changes in an existing state (its identity and introduction date stay). */
const STATE_UPDATED = STATE_COLUMNS.filter(([name]) => !["id", "userId", "itemId", "introducedAt"].includes(name));

const names = (columns: Column[]) => Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));
const selected = (columns: Column[]) => Prisma.raw(columns.map(([name, type]) => typed(`g."${name}"`, type)).join(", "));
const LOG_SQL = { values: names(LOG_VALUES), insert: names(LOG_COLUMNS), select: selected(LOG_COLUMNS) };
const STATE_SQL = {
  values: names(STATE_VALUES),
  insert: names(STATE_COLUMNS),
  select: selected(STATE_COLUMNS),
  update: Prisma.raw(STATE_UPDATED.map(([name]) => `"${name}" = excluded."${name}"`).join(", ")),
};
const READ_REPS = Prisma.raw(typed(`g."readReps"`, "integer"));
const LOG_ID = Prisma.raw(typed(`g."logId"`, "text"));

/**
 * One SERIALIZABLE transaction, two statements, and no lock held since the read: a log row goes in only if its
 * requestId is new and the learner's state for the card is still the one read (same reps, or still
 * none); a state is written only if its log row went in. Returns the ids of the log rows written.
 */
async function saveWrites(writes: PlannedWrite[]): Promise<Set<string>> {
  const logRows = Prisma.join(
    writes.map(({ grade, previous, log, logId }) => Prisma.sql`(
      ${logId}, ${grade.requestId}, ${grade.learnerId}, ${grade.itemId}, ${grade.rating}, ${log.state}, ${log.due},
      ${log.stability}, ${log.difficulty}, ${log.elapsed_days}, ${log.last_elapsed_days}, ${log.scheduled_days},
      ${log.learning_steps}, ${grade.now}, ${serializeStoredCard(previous)}, ${previous?.reps ?? null})`),
  );
  const insertLogs = db.$queryRaw<{ id: string }[]>`
    WITH "graded" (${LOG_SQL.values}) AS (VALUES ${logRows})
    INSERT INTO "ReviewLog" (${LOG_SQL.insert})
    SELECT ${LOG_SQL.select}
    FROM "graded" g
    WHERE CASE WHEN g."readReps" IS NULL
      THEN NOT EXISTS (SELECT 1 FROM "CardState" c WHERE c."userId" = g."userId" AND c."itemId" = g."itemId")
      ELSE EXISTS (SELECT 1 FROM "CardState" c WHERE c."userId" = g."userId" AND c."itemId" = g."itemId" AND c."reps" = ${READ_REPS})
    END
    ON CONFLICT ("requestId") DO NOTHING
    RETURNING "id"`;
  const stateRows = Prisma.join(
    writes.map(({ grade, card, logId }) => Prisma.sql`(
      ${logId}, ${timeOrderedId()}, ${grade.learnerId}, ${grade.itemId}, ${card.due}, ${card.stability}, ${card.difficulty},
      ${card.elapsedDays}, ${card.scheduledDays}, ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state},
      ${card.lastReview}, ${grade.now})`),
  );
  const writeStates = db.$executeRaw`
    WITH "graded" (${STATE_SQL.values}) AS (VALUES ${stateRows})
    INSERT INTO "CardState" (${STATE_SQL.insert})
    SELECT ${STATE_SQL.select}
    FROM "graded" g
    WHERE EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."id" = ${LOG_ID})
    ON CONFLICT ("userId", "itemId") DO UPDATE SET ${STATE_SQL.update}`;
  const [logged] = await db.$transaction([insertLogs, writeStates], { isolationLevel: "Serializable" });
  return new Set(logged.map((row) => row.id));
}
