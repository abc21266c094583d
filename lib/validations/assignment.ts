import { z } from "zod";

// Dates arrive as the value of <input type="datetime-local"> converted to ISO in the browser, or any ISO string.
const date = (label: string) =>
  z.coerce.date({ error: `Give the ${label}.` }).refine((value) => !Number.isNaN(value.getTime()), `Give a valid ${label}.`);

export const ASSIGNABLE_QUESTION_TYPES = ["multiple_choice", "multiple_response", "true_false", "fill_in", "numeric", "matching", "ordering"] as const;
export const MAX_ASSIGNED_QUESTIONS = 200;

export const assignmentSchema = z
  .object({
    classId: z.string().min(1, "Choose a class.").max(60),
    setId: z.string().min(1, "Choose a study set.").max(60),
    opensAt: date("open date"),
    dueAt: date("due date"),
    attemptsAllowed: z.coerce.number().int("Use a whole number.").min(1, "Allow at least one attempt.").max(20, "At most 20 attempts."),
    timeLimitMinutes: z.coerce
      .number()
      .int("Use a whole number of minutes.")
      .min(1, "The time limit must be at least a minute.")
      .max(600, "The time limit must be under 10 hours.")
      .nullable(),
    shuffleQuestions: z.boolean(),
    shuffleChoices: z.boolean(),
    showAnswers: z.boolean(),
    /** Questions each student draws; null: as many as the set has from different sentences. */
    questionCount: z.coerce
      .number()
      .int("Use a whole number of questions.")
      .min(1, "Ask at least one question.")
      .max(MAX_ASSIGNED_QUESTIONS, `At most ${MAX_ASSIGNED_QUESTIONS} questions.`)
      .nullable()
      .default(null),
    /** The types to draw from; null: every type. */
    questionTypes: z.array(z.enum(ASSIGNABLE_QUESTION_TYPES)).min(1, "Choose at least one question type.").max(ASSIGNABLE_QUESTION_TYPES.length).nullable().default(null),
  })
  .refine((input) => input.dueAt.getTime() > input.opensAt.getTime(), {
    path: ["dueAt"],
    message: "The due date must be after the open date.",
  });
export type AssignmentInput = z.infer<typeof assignmentSchema>;
