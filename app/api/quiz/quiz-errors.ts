import { HttpError } from "@/lib/http-errors";
import { QuizError } from "@/lib/quiz";

/** Runs quiz-engine work, turning its refusals into the HTTP errors withRoute answers with. */
export async function quizCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QuizError) throw new HttpError(error.status, error.message);
    throw error;
  }
}
