import { HttpError } from "@/lib/errors";

/** A refusal the learner should read, with the HTTP status a route should answer. */
export class QuizError extends HttpError {
  constructor(
    readonly status: 403 | 404 | 409 | 422,
    message: string,
  ) {
    super(status, message);
  }
}

export const attemptNotFound = () => new QuizError(404, "That quiz attempt was not found.");
