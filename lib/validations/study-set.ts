import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "@/lib/generator/validate-input";

// The review form: every card and question of a draft, edited in one form. The browser checks it
// through zodResolver; the draft and publish handlers parse the same schema again (422 with paths).

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} cannot be empty.`).max(max, `${label} must be under ${max} characters.`);

const itemId = z.string().max(120).regex(/^[\w-]*$/, "Not a valid item id.");
const sourceSchema = z.object({ section: z.string().max(500), quote: z.string().max(5000) });
/** The generator's key of the item's source sentence (one question per sentence in a quiz); kept through edits. */
const sourceKeySchema = z.string().max(40).regex(/^[\w-]*$/).optional();
const materialSchema = z.enum(["key_fact", "table", "expert", "timeline", "prose"]);
const difficultySchema = z.enum(["easy", "medium", "hard"]);

export const flashcardDraftSchema = z.object({
  id: itemId,
  kind: z.enum(["key_fact", "cloze", "table_cell", "expert_position", "expert_affiliation", "date"]),
  material: materialSchema,
  front: text("The front", 1000),
  back: text("The back", 1000),
  explanation: z.string().trim().max(2000, "The explanation must be under 2000 characters."),
  difficulty: difficultySchema,
  source: sourceSchema,
  sourceKey: sourceKeySchema,
});

export const questionDraftSchema = z
  .object({
    id: itemId,
    type: z.enum(["multiple_choice", "multiple_response", "true_false", "matching", "fill_in", "ordering", "numeric"]),
    material: materialSchema,
    prompt: text("The question", 1000),
    choices: z.array(text("A choice", 300)).max(8).optional(),
    answer: z.union([z.string().trim().max(300), z.boolean()]).optional(),
    answers: z.array(z.string().trim().max(300)).max(8).optional(),
    accepted: z.array(z.string().trim().max(300)).max(10).optional(),
    tolerance: z.number().min(0, "The tolerance cannot be negative.").max(1e12).optional(),
    pairs: z.array(z.object({ left: text("A left side", 300), right: text("A right side", 300) })).max(10).optional(),
    items: z.array(text("An item", 300)).max(10).optional(),
    distractors: z.array(text("A distractor", 300)).max(10).optional(),
    explanation: z.string().trim().max(2000, "The explanation must be under 2000 characters."),
    difficulty: difficultySchema,
    source: sourceSchema,
    sourceKey: sourceKeySchema,
  })
  .superRefine((question, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    /** At least two choices, no two alike; returns them lower-cased for finding the answers among them. */
    const checkChoices = () => {
      const choices = question.choices ?? [];
      if (choices.length < 2) issue(["choices"], "Give at least two choices.");
      const folded = choices.map((choice) => choice.toLowerCase());
      folded.forEach((choice, index) => {
        if (folded.indexOf(choice) !== index) issue(["choices", index], "Two choices are the same.");
      });
      return folded;
    };
    switch (question.type) {
      case "multiple_choice": {
        const folded = checkChoices();
        if (typeof question.answer !== "string" || !question.answer) issue(["answer"], "Give the correct answer.");
        else if (!folded.includes(question.answer.toLowerCase())) issue(["answer"], "The answer must be exactly one of the choices.");
        break;
      }
      case "multiple_response": {
        const folded = checkChoices();
        const answers = question.answers ?? [];
        if (answers.length === 0) issue(["answers"], "Tick at least one right answer.");
        else if (answers.some((answer) => !folded.includes(answer.toLowerCase()))) issue(["answers"], "Every right answer must be one of the choices.");
        break;
      }
      case "true_false":
        if (typeof question.answer !== "boolean") issue(["answer"], "Choose true or false.");
        break;
      case "fill_in":
        if (typeof question.answer !== "string" || !question.answer) issue(["answer"], "Give the missing text.");
        break;
      case "matching":
        if ((question.pairs ?? []).length < 2) issue(["pairs"], "Give at least two pairs.");
        break;
      case "ordering":
        if ((question.items ?? []).length < 2) issue(["items"], "Give at least two items to order.");
        break;
      case "numeric":
        if (typeof question.answer !== "string" || !Number.isFinite(Number(question.answer)) || !question.answer.trim()) issue(["answer"], "Give the answer as a number.");
        break;
    }
  });

/** What publishing accepts; a draft (generated or imported) larger than this is refused when it is made. */
export const MAX_SET_CARDS = 500;
export const MAX_SET_QUESTIONS = 500;

export const visibilitySchema = z.enum(["PRIVATE", "PUBLIC"]);

export const studySetDraftSchema = z
  .object({
    title: text("The title", 200),
    visibility: visibilitySchema,
    flashcards: z.array(flashcardDraftSchema).max(MAX_SET_CARDS, `A set holds at most ${MAX_SET_CARDS} cards.`),
    questions: z.array(questionDraftSchema).max(MAX_SET_QUESTIONS, `A set holds at most ${MAX_SET_QUESTIONS} questions.`),
    /** Ids of the items the teacher marked kept in the review, so a reopened draft shows them; publishing ignores it. */
    kept: z.array(z.string().max(200)).max(MAX_SET_CARDS + MAX_SET_QUESTIONS).optional(),
  })
  .refine((draft) => draft.flashcards.length + draft.questions.length > 0, {
    path: ["form"],
    message: "Keep at least one card or question.",
  });

export type FlashcardDraft = z.infer<typeof flashcardDraftSchema>;
export type QuestionDraft = z.infer<typeof questionDraftSchema>;
export type StudySetDraft = z.infer<typeof studySetDraftSchema>;

/** The article as pasted or as decoded from an upload; size and binary checks happen in the handler. */
export const articleTextSchema = z.object({
  // More characters than MAX_ARTICLE_BYTES is always more bytes: the generator's own byte check (413) does the rest.
  text: z.string().max(MAX_ARTICLE_BYTES, "The article is larger than 1 MB; split it into smaller articles."),
  /** "new" makes another draft even when one from the same text exists; by default that draft is offered instead. */
  duplicate: z.enum(["offer", "new"]).optional(),
});

export const MAX_UPLOAD_BYTES = 1024 * 1024;
