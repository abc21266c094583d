import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { visibleSetsWhere } from "@/lib/study-sets/visibility";
import { decodeFlashcard, decodeQuestion } from "@/lib/study-sets/items";
import { startOfDay } from "@/lib/progress/days";
import { serverTimeZone } from "@/lib/time-zone";
import { buildQueue, newCardsLeftToday } from "@/lib/study/queue";
import { GRADES, pickStoredCard, previewIntervals, type GradeValue } from "@/lib/study/scheduler";
import { getAnswerLock, isLocked } from "@/lib/quiz/assignment-lock";

type Learner = Pick<SessionUser, "id">;

export type StudySetDetail = {
  id: string;
  title: string;
  sourceText: string;
  isSample: boolean;
  cardCount: number;
  clozeCount: number;
  questionCount: number;
  choiceQuestionCount: number;
  /** An assignment the learner still has to take on this set, which closes its items meanwhile. */
  lock: SetLock | null;
};

export type SetLock = { assignmentId: string; lockedItems: number };

/** The learner's assignment lock on a set, as the pages show it. */
export async function getSetLock(learner: Learner, setId: string): Promise<SetLock | null> {
  const lock = await getAnswerLock(learner, setId);
  return lock.assignmentIds.length ? { assignmentId: lock.assignmentIds[0], lockedItems: lock.itemIds.size } : null;
}

export async function getStudySet(learner: Learner, setId: string): Promise<StudySetDetail | null> {
  const set = await db.studySet.findFirst({
    where: { id: setId, ...visibleSetsWhere(learner) },
    select: { id: true, title: true, sourceText: true, isSample: true },
  });
  if (!set) return null;
  // Counts of what the learner can open now: items an assignment locks are left out (assignment-lock.ts).
  const answerLock = await getAnswerLock(learner, setId);
  const counts = await db.studyItem.groupBy({
    by: ["kind", "type"],
    where: { setId, retired: false, ...(answerLock.itemIds.size ? { id: { notIn: [...answerLock.itemIds] } } : {}) },
    _count: { _all: true },
  });
  const count = (match: (row: (typeof counts)[number]) => boolean) =>
    counts.filter(match).reduce((sum, row) => sum + row._count._all, 0);
  return {
    ...set,
    cardCount: count((row) => row.kind === "FLASHCARD"),
    clozeCount: count((row) => row.kind === "FLASHCARD" && (row.type === "cloze" || row.type === "date")),
    questionCount: count((row) => row.kind === "QUESTION"),
    choiceQuestionCount: count((row) => row.kind === "QUESTION" && row.type === "multiple_choice"),
    lock: answerLock.assignmentIds.length ? { assignmentId: answerLock.assignmentIds[0], lockedItems: answerLock.itemIds.size } : null,
  };
}

/** The quote behind one flashcard of a set, for "Show source". Questions are left out: their quote can give the answer away. */
export async function getCardQuote(setId: string, itemKey: string): Promise<string | null> {
  const item = await db.studyItem.findFirst({ where: { setId, itemKey, kind: "FLASHCARD" }, select: { data: true } });
  return item ? decodeFlashcard(item.data).source.quote : null;
}

export type SessionCard = {
  itemId: string;
  itemKey: string;
  isNew: boolean;
  front: string;
  back: string;
  explanation: string;
  material: string;
  section: string;
  intervals: Record<GradeValue, string>;
};

export type StudySession = {
  cards: SessionCard[];
  newCardsPerDay: number;
  newCardsLeft: number;
  today: Record<GradeValue, number>;
  lastGrade: { requestId: string; itemId: string } | null;
};

/** The cards to study now, built from what is stored, so a reload resumes where the learner was. */
export async function getStudySession(
  learner: Learner,
  setId: string,
  { timeZone = serverTimeZone(), now = new Date() } = {},
): Promise<StudySession> {
  // "Today" (the new-card limit, today's grades) starts at the learner's midnight.
  const dayStart = startOfDay(now, timeZone);
  const [user, allItems, states, introducedToday, todayLogs, lastLog, lock] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { newCardsPerDay: true } }),
    db.studyItem.findMany({
      where: { setId, kind: "FLASHCARD", retired: false },
      select: { id: true, itemKey: true, position: true, data: true },
    }),
    db.cardState.findMany({ where: { userId: learner.id, item: { setId, kind: "FLASHCARD", retired: false } } }),
    db.cardState.count({ where: { userId: learner.id, introducedAt: { gte: dayStart } } }),
    db.reviewLog.groupBy({
      by: ["rating"],
      where: { userId: learner.id, reviewedAt: { gte: dayStart }, item: { setId } },
      _count: { _all: true },
    }),
    db.reviewLog.findFirst({
      where: { userId: learner.id, item: { setId }, reviewedAt: { gte: dayStart } },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { requestId: true, itemId: true },
    }),
    getAnswerLock(learner, setId, now),
  ]);
  // Cards that would give away an assignment's answers wait until it is submitted (assignment-lock.ts).
  const items = allItems.filter((item) => !isLocked(lock, item.id));
  const newCardsLeft = newCardsLeftToday(user.newCardsPerDay, introducedToday);
  const queue = buildQueue({
    items: items.map((item) => ({ itemId: item.id, position: item.position })),
    states: states.map((state) => ({ itemId: state.itemId, due: state.due })),
    now,
    newCardsLeft,
  });
  const itemById = new Map(items.map((item) => [item.id, item]));
  const stateById = new Map(states.map((state) => [state.itemId, state]));
  const cards = queue.map(({ itemId, isNew }) => {
    const item = itemById.get(itemId)!;
    const card = decodeFlashcard(item.data);
    const state = stateById.get(itemId);
    return {
      itemId,
      itemKey: item.itemKey,
      isNew,
      front: card.front,
      back: card.back,
      explanation: card.explanation,
      material: card.material,
      section: card.source.section,
      intervals: previewIntervals(state ? pickStoredCard(state) : null, now),
    };
  });
  const today = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<GradeValue, number>;
  for (const row of todayLogs) today[row.rating as GradeValue] = row._count._all;
  return { cards, newCardsPerDay: user.newCardsPerDay, newCardsLeft, today, lastGrade: lastLog };
}

export async function getStudySettings(learner: Learner): Promise<{ newCardsPerDay: number }> {
  return db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { newCardsPerDay: true } });
}

/** Cloze cards as prompts only: the missing words stay on the server until the learner answers. */
export type ClozePrompt = { itemId: string; itemKey: string; prompt: string; section: string };

export async function listClozePrompts(setId: string, learner: Learner): Promise<ClozePrompt[]> {
  const lock = await getAnswerLock(learner, setId);
  const items = await db.studyItem.findMany({
    where: { setId, kind: "FLASHCARD", retired: false, type: { in: ["cloze", "date"] }, set: visibleSetsWhere(learner) },
    orderBy: { position: "asc" },
    select: { id: true, itemKey: true, data: true },
  });
  return items.filter((item) => !isLocked(lock, item.id)).map((item) => {
    const card = decodeFlashcard(item.data);
    return { itemId: item.id, itemKey: item.itemKey, prompt: card.front, section: card.source.section };
  });
}

/** Matching rounds: fronts and shuffled backs; which back belongs to which front is checked on the server. */
export type MatchRound = { fronts: { itemId: string; text: string }[]; backs: string[] };

export async function listMatchRounds(setId: string, learner: Learner, roundSize = 5): Promise<MatchRound[]> {
  const lock = await getAnswerLock(learner, setId);
  const items = await db.studyItem.findMany({
    where: { setId, kind: "FLASHCARD", retired: false, type: { notIn: ["cloze", "date"] }, set: visibleSetsWhere(learner) },
    orderBy: { position: "asc" },
    select: { id: true, data: true },
  });
  const cards = items
    .filter((item) => !isLocked(lock, item.id))
    .map((item) => ({ itemId: item.id, card: decodeFlashcard(item.data) }))
    .filter(({ card }) => card.back.length <= 120);
  const rounds: MatchRound[] = [];
  for (let start = 0; start < cards.length; start += roundSize) {
    const group = cards.slice(start, start + roundSize);
    if (group.length < 2) break;
    const backs = [...new Set(group.map(({ card }) => card.back))].sort((a, b) => a.localeCompare(b));
    rounds.push({ fronts: group.map(({ itemId, card }) => ({ itemId, text: card.front })), backs });
  }
  return rounds;
}

/** Learn mode's questions without their answers: the prompt and the choices, nothing that says which is right. */
/** stage: see lib/study/learn-stages.ts (0 = not answered right yet). */
export type LearnQuestion = { itemId: string; prompt: string; choices: string[]; stage: number };

export async function listLearnQuestions(setId: string, learner: Learner): Promise<LearnQuestion[]> {
  const lock = await getAnswerLock(learner, setId);
  const items = await db.studyItem.findMany({
    where: { setId, kind: "QUESTION", retired: false, type: "multiple_choice", set: visibleSetsWhere(learner) },
    orderBy: { position: "asc" },
    select: { id: true, data: true, learning: { where: { userId: learner.id }, select: { stage: true } } },
  });
  return items.filter((item) => !isLocked(lock, item.id)).map((item) => {
    const question = decodeQuestion(item.data);
    return { itemId: item.id, prompt: question.prompt, choices: question.choices ?? [], stage: item.learning[0]?.stage ?? 0 };
  });
}
