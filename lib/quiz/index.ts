// The quiz engine: practice quizzes and assignment attempts, graded on the server. No Next.js here;
// routes and pages call these with the user they established through lib/auth/guard.
export { finishAttempt, submitExpiredAttempts, type AttemptSummary } from "./finish";
export { DEADLINE_GRACE_MS } from "./deadline";
export { getAttemptView } from "./view";
export { submitAnswer } from "./answers";
export { startPracticeAttempt, startAssignmentAttempt, retryMissed, countDrawable, DEFAULT_PRACTICE_QUESTIONS, type StartedAttempt } from "./start";
export type { PublicQuestion } from "./public-question";
export type { AnswerFeedback, AttemptQuestion, AttemptView, QuizUser, SubmitAnswerResult } from "./types";
