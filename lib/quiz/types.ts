import type { Source } from "@/lib/generator/types";
import type { AnswerResponse } from "@/lib/validations/quiz";
import type { PublicQuestion } from "./public-question";

/** Who is asking, as the route or page already established it on the server. */
export type QuizUser = { id: string };

/** What a learner sees once a question is answered: the full feedback, or only "recorded" when a teacher withholds answers. */
export type AnswerFeedback =
  | {
      status: "graded";
      response: AnswerResponse;
      correct: boolean;
      /** The right answer, readable ("A → B; C → D" for matching). */
      expected: string;
      explanation: string;
      source: Source;
    }
  | { status: "recorded"; response: AnswerResponse };

export type AttemptQuestion = { position: number; question: PublicQuestion; result: AnswerFeedback | null };

export type AttemptView = {
  id: string;
  kind: "practice" | "assignment";
  setId: string;
  setTitle: string;
  assignmentId: string | null;
  /**
   * Whether feedback and answers are shown now: always in practice (but for questions an assignment
   * locks); in an assignment only on the review of a submitted attempt, when the teacher allows it
   * and no attempt is left (lib/quiz/assignment-lock.ts).
   */
  revealsAnswers: boolean;
  /** The teacher's setting: whether an assignment's answers are ever shown after submitting. */
  answersShownAfterSubmitting: boolean;
  startedAt: string;
  deadline: string | null;
  dueAt: string | null;
  submittedAt: string | null;
  late: boolean;
  score: number | null;
  total: number;
  questions: AttemptQuestion[];
};

export type SubmitAnswerResult = { itemId: string; repeated: boolean; result: AnswerFeedback };
