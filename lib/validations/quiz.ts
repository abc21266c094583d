import { z } from "zod";

// Bounds for what a learner may send: generous for any real question, small enough that a
// hostile body cannot make grading or storage expensive.
export const MAX_RESPONSE_TEXT = 500;
export const MAX_RESPONSE_ITEMS = 30;
export const MAX_PRACTICE_QUESTIONS = 200;

const id = z.string().trim().min(1, "An id is required").max(64, "That id is too long");
const text = z.string().max(MAX_RESPONSE_TEXT, `Keep answers under ${MAX_RESPONSE_TEXT} characters`);
const pair = z.object({ left: text, right: text }).strict();

/** The answer a learner may send for each question type. */
export const responseSchemas = {
  multiple_choice: text.min(1, "Choose an answer"),
  multiple_response: z.array(text).min(1, "Tick at least one answer").max(MAX_RESPONSE_ITEMS, "Too many answers"),
  true_false: z.boolean({ error: "Answer true or false" }),
  fill_in: text.trim().min(1, "Type an answer"),
  numeric: text.trim().min(1, "Type a number"),
  matching: z.array(pair).min(1, "Match at least one item").max(MAX_RESPONSE_ITEMS, "Too many pairs"),
  ordering: z.array(text).min(1, "Put the items in order").max(MAX_RESPONSE_ITEMS, "Too many items"),
} as const;

export type QuizQuestionType = keyof typeof responseSchemas;
export type MatchingResponse = z.infer<typeof responseSchemas.matching>;

/** Any one of the shapes above; the question's own type is checked once the question is known. */
export const answerResponseSchema = z.union([text, z.boolean(), z.array(pair).max(MAX_RESPONSE_ITEMS), z.array(text).max(MAX_RESPONSE_ITEMS)], {
  error: "The answer must be text, true/false, a list of pairs or a list of items",
});
export type AnswerResponse = z.infer<typeof answerResponseSchema>;

export const submitAnswerSchema = z.object({ itemId: id, response: answerResponseSchema }).strict();
export type SubmitAnswerInput = z.infer<typeof submitAnswerSchema>;

export const startAttemptSchema = z.union([
  z.object({ setId: id, count: z.int().min(1).max(MAX_PRACTICE_QUESTIONS).optional() }).strict(),
  z.object({ assignmentId: id }).strict(),
]);
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;
