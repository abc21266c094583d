/**
 * An error whose message is safe to show the user, with the HTTP status it deserves. Domain code
 * (quiz, study, teaching) throws these; withRoute turns them into JSON answers.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** 429: a rate limit was reached; errorResponse sends Retry-After. */
export class TooManyAttemptsError extends HttpError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(429, message);
  }
}

export function notFoundError(what = "That"): HttpError {
  return new HttpError(404, `${what} was not found.`);
}
