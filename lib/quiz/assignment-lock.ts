import { db, type Tx } from "@/lib/db";
import type { Question } from "@/lib/generator/types";
import { decodeFlashcard, decodeQuestion } from "@/lib/study-sets/items";
import { isPastDeadline } from "./deadline";

// "Which items of this set may this learner not see the answers to, now?" One rule, asked by every
// route that could reveal an answer: practice quizzes, the practice check (Learn, cloze, matching),
// the flashcard, cloze, matching and Learn pages, exports, and the review of a submitted attempt.
//
// An assignment locks its set for a member of its class from the moment it is assigned (so nobody
// practises the questions before it opens) for as long as the member can still start or finish an
// attempt at it: an open attempt, or attempts left (late attempts are allowed and marked late). When
// the teacher does not show answers, it also stays locked until the member's due date has passed.
// While locked, every question of the set is locked, and so is every flashcard made from the same
// sentence as a question or whose back is a question's answer. The article itself stays readable:
// an assignment is open-book on the article, closed-book on the generated items.

type AttemptRow = { submittedAt: Date | null; deadline: Date | null };
type AccommodationRow = { extraMinutes: number; extraAttempts: number; dueAt: Date | null };

export type LockingAssignment = {
  id: string;
  dueAt: Date;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  showAnswers: boolean;
  /** This learner's accommodation, if any (at most one row per assignment and student). */
  accommodations: AccommodationRow[];
  /** This learner's attempts. */
  attempts: AttemptRow[];
};

export type AssignmentTerms = { dueAt: Date; attemptsAllowed: number; timeLimitMinutes: number | null };

/** The assignment's due date, attempts and time limit for one student, with their accommodation applied. */
export function termsFor(
  assignment: Pick<LockingAssignment, "dueAt" | "attemptsAllowed" | "timeLimitMinutes">,
  accommodation?: AccommodationRow | null,
): AssignmentTerms {
  if (!accommodation) return { dueAt: assignment.dueAt, attemptsAllowed: assignment.attemptsAllowed, timeLimitMinutes: assignment.timeLimitMinutes };
  const dueAt = accommodation.dueAt && accommodation.dueAt > assignment.dueAt ? accommodation.dueAt : assignment.dueAt;
  return {
    dueAt,
    attemptsAllowed: assignment.attemptsAllowed + accommodation.extraAttempts,
    timeLimitMinutes: assignment.timeLimitMinutes === null ? null : assignment.timeLimitMinutes + accommodation.extraMinutes,
  };
}

/** Whether the learner may still start or continue an attempt at this assignment. */
export function canStillAttempt(assignment: LockingAssignment, now: Date): boolean {
  const terms = termsFor(assignment, assignment.accommodations[0]);
  if (assignment.attempts.some((attempt) => !attempt.submittedAt && !isPastDeadline(attempt.deadline, now))) return true;
  return assignment.attempts.length < terms.attemptsAllowed;
}

/** Whether this assignment keeps its set's answers from this learner now (see the rule above). */
export function locksAnswers(assignment: LockingAssignment, now: Date): boolean {
  if (canStillAttempt(assignment, now)) return true;
  return !assignment.showAnswers && now < termsFor(assignment, assignment.accommodations[0]).dueAt;
}

/**
 * Whether the review of a submitted attempt shows the right answers and explanations: only when
 * the teacher allows it and the learner can no longer use them (no attempt left to make).
 */
export function reviewRevealsAnswers(assignment: LockingAssignment, now: Date): boolean {
  return assignment.showAnswers && !locksAnswers(assignment, now);
}

export const lockingAssignmentSelect = (userId: string) =>
  ({
    id: true,
    dueAt: true,
    attemptsAllowed: true,
    timeLimitMinutes: true,
    showAnswers: true,
    accommodations: { where: { userId }, select: { extraMinutes: true, extraAttempts: true, dueAt: true } },
    attempts: { where: { userId }, select: { submittedAt: true, deadline: true } },
  }) as const;

export type AnswerLock = {
  /** The assignments that lock this set now; empty when nothing is locked. */
  assignmentIds: string[];
  /** Item ids (questions and flashcards) whose answers this learner may not see now. */
  itemIds: ReadonlySet<string>;
};

const NO_LOCK: AnswerLock = { assignmentIds: [], itemIds: new Set() };

export function isLocked(lock: AnswerLock, itemId: string): boolean {
  return lock.itemIds.has(itemId);
}

const normalize = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

function answersOf(question: Question): string[] {
  const texts = [question.answer, ...(question.accepted ?? []), ...(question.pairs ?? []).flatMap((pair) => [pair.left, pair.right])];
  return texts.filter((text): text is string => typeof text === "string" && text.trim().length > 0).map(normalize);
}

/** The learner's lock on one set now. Cheap when the learner has no assignment on it (one query). */
export async function getAnswerLock(learner: { id: string }, setId: string, now = new Date(), tx: Tx = db): Promise<AnswerLock> {
  const assignments = await tx.assignment.findMany({
    where: { setId, classroom: { members: { some: { userId: learner.id } } } },
    select: lockingAssignmentSelect(learner.id),
  });
  const locking = assignments.filter((assignment) => locksAnswers(assignment, now));
  if (locking.length === 0) return NO_LOCK;

  const items = await tx.studyItem.findMany({ where: { setId }, select: { id: true, kind: true, data: true } });
  const questions = items.filter((item) => item.kind === "QUESTION");
  const quotes = new Set<string>();
  const answers = new Set<string>();
  for (const item of questions) {
    const question = decodeQuestion(item.data);
    quotes.add(normalize(question.source.quote));
    for (const answer of answersOf(question)) answers.add(answer);
  }
  const itemIds = new Set(questions.map((item) => item.id));
  for (const item of items) {
    if (item.kind !== "FLASHCARD") continue;
    const card = decodeFlashcard(item.data);
    if (quotes.has(normalize(card.source.quote)) || answers.has(normalize(card.back))) itemIds.add(item.id);
  }
  return { assignmentIds: locking.map((assignment) => assignment.id), itemIds };
}

/** Refusal text for routes that would give a locked answer away. */
export const LOCKED_MESSAGE =
  "You have an assignment on this set: its questions, and the cards made from the same sentences, open again once you have submitted it.";
