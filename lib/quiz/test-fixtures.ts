import { db } from "@/lib/db";
import type { Flashcard, Question, StudySetContent } from "@/lib/generator/types";
import { createStudySet, type Visibility } from "@/lib/study-sets/store";

// Real rows for the quiz integration tests: users, a set with one question of each type, classes.

const source = (quote: string) => ({ section: "Reefs", quote });

export const QUESTIONS: Question[] = [
  {
    id: "q-mc", type: "multiple_choice", material: "key_fact", difficulty: "easy",
    prompt: "Which organism builds coral reefs?", choices: ["Polyps", "Sponges", "Kelp", "Plankton"], answer: "Polyps",
    explanation: "EXPLAIN-MC: reefs are built by colonies of polyps.", source: source("QUOTE-MC reefs are built by polyps"),
  },
  {
    id: "q-tf", type: "true_false", material: "key_fact", difficulty: "easy",
    prompt: "True or false: reefs cover most of the ocean floor.", answer: false,
    explanation: "EXPLAIN-TF: reefs cover under one percent.", source: source("QUOTE-TF under one percent"),
  },
  {
    id: "q-fill", type: "fill_in", material: "key_fact", difficulty: "medium",
    prompt: "Fill in the blank: warm water causes coral _____.", answer: "bleaching", accepted: ["coral bleaching"],
    explanation: "EXPLAIN-FILL: heat stress expels the algae.", source: source("QUOTE-FILL warm water causes bleaching"),
  },
  {
    id: "q-match", type: "matching", material: "table", difficulty: "medium",
    prompt: "Match each reef with its ocean.",
    pairs: [{ left: "Great Barrier Reef", right: "Pacific" }, { left: "Belize Reef", right: "Atlantic" }, { left: "Maldives atolls", right: "Indian" }],
    explanation: "EXPLAIN-MATCH: from the table.", source: source("QUOTE-MATCH table"),
  },
  {
    id: "q-order", type: "ordering", material: "timeline", difficulty: "medium",
    prompt: "Put these events in order, earliest first.", items: ["First survey", "Mass bleaching", "Recovery plan"],
    explanation: "EXPLAIN-ORDER: 1998, 2016, 2021.", source: source("QUOTE-ORDER timeline"),
  },
];

const card = (id: string, kind: Flashcard["kind"], front: string, back: string, quote: string): Flashcard => ({
  id, kind, material: "key_fact", front, back, explanation: `EXPLAIN-${id}`, difficulty: "easy", source: source(quote),
});

/**
 * Cards an assignment on the set locks (same sentence as a question, or a question's answer on the
 * back) and cards it leaves open (sentences no question uses).
 */
export const FLASHCARDS: Flashcard[] = [
  card("c-same-sentence", "key_fact", "What builds coral reefs?", "CARD-BACK-polyp colonies", "QUOTE-MC reefs are built by polyps"),
  card("c-cloze-same", "cloze", "Warm water causes coral _____.", "bleaching", "QUOTE-FILL warm water causes bleaching"),
  card("c-answer-back", "key_fact", "What does heat stress cause?", "Bleaching", "QUOTE-CARD heat stress"),
  card("c-free-1", "key_fact", "A ring-shaped reef is called?", "FREE-BACK-atoll", "QUOTE-FREE-1 atolls are rings"),
  card("c-free-2", "key_fact", "The water inside an atoll is a?", "FREE-BACK-lagoon", "QUOTE-FREE-2 lagoons lie inside"),
  card("c-free-cloze", "cloze", "Reefs shelter a quarter of marine _____.", "species", "QUOTE-FREE-3 a quarter of species"),
];
export const LOCKED_CARD_KEYS = ["c-same-sentence", "c-cloze-same", "c-answer-back"];
export const FREE_CARD_KEYS = ["c-free-1", "c-free-2", "c-free-cloze"];

/** Questions that give themselves away: quizzes never ask them. */
export const GIVEAWAYS: Question[] = [
  {
    id: "q-order-two", type: "ordering", material: "timeline", difficulty: "easy",
    prompt: "Put these two events in order.", items: ["Survey", "Bleaching"],
    explanation: "EXPLAIN-ORDER-TWO", source: source("QUOTE-ORDER-TWO"),
  },
  {
    id: "q-match-two", type: "matching", material: "table", difficulty: "easy",
    prompt: "Match the two reefs.", pairs: [{ left: "Ningaloo", right: "Indian" }, { left: "Mesoamerican", right: "Atlantic" }],
    explanation: "EXPLAIN-MATCH-TWO", source: source("QUOTE-MATCH-TWO"),
  },
];

export const CONTENT: StudySetContent = { title: "Coral reefs", flashcards: FLASHCARDS, questions: QUESTIONS };

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export async function makeUser(role: "STUDENT" | "TEACHER" = "STUDENT") {
  return db.user.create({
    data: { email: `quiz-${unique()}@example.com`, name: "Quiz tester", passwordHash: "not-a-real-hash", role },
    select: { id: true, email: true, role: true },
  });
}

export async function makeSet(ownerId: string | null = null, visibility: Visibility = "PUBLIC", content: StudySetContent = CONTENT): Promise<string> {
  return db.$transaction((tx) =>
    createStudySet(tx, { title: `Coral reefs ${unique()}`, sourceText: "Reefs.", content, ownerId, visibility }),
  );
}

export async function itemIdOf(setId: string, key: string): Promise<string> {
  const item = await db.studyItem.findUniqueOrThrow({ where: { setId_itemKey: { setId, itemKey: key } }, select: { id: true } });
  return item.id;
}

export async function makeAssignment(
  options: Partial<{
    opensAt: Date; dueAt: Date; attemptsAllowed: number; timeLimitMinutes: number | null; shuffleQuestions: boolean; shuffleChoices: boolean;
    showAnswers: boolean; questionCount: number | null; questionTypes: string[] | null; setId: string; studentId: string;
  }> = {},
) {
  const teacher = await makeUser("TEACHER");
  const student = options.studentId ? { id: options.studentId } : await makeUser("STUDENT");
  const setId = options.setId ?? (await makeSet(teacher.id, "PRIVATE"));
  const classroom = await db.classroom.create({
    data: { name: "Biology", teacherId: teacher.id, joinCode: `J${unique()}`, members: { create: { userId: student.id } } },
  });
  const hour = 3_600_000;
  const assignment = await db.assignment.create({
    data: {
      classId: classroom.id,
      setId,
      opensAt: options.opensAt ?? new Date(Date.now() - hour),
      dueAt: options.dueAt ?? new Date(Date.now() + 24 * hour),
      attemptsAllowed: options.attemptsAllowed ?? 1,
      timeLimitMinutes: options.timeLimitMinutes ?? null,
      shuffleQuestions: options.shuffleQuestions ?? false,
      shuffleChoices: options.shuffleChoices ?? false,
      showAnswers: options.showAnswers ?? true,
      questionCount: options.questionCount ?? null,
      questionTypes: options.questionTypes ? JSON.stringify(options.questionTypes) : null,
    },
  });
  return { teacher, student, setId, classroom, assignment };
}
