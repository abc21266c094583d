/** The code a refusal carries when nothing more specific applies: one per status. */
const CODE_OF_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  422: "invalid",
  429: "rate_limited",
  503: "unavailable",
};

/**
 * An error whose message is safe to show the user, with the HTTP status it deserves and a
 * machine-readable `code` the browser can branch on (the message is English and may change).
 * Domain code (quiz, study, teaching) throws these; withRoute turns them into JSON answers.
 */
export class HttpError extends Error {
  readonly code: string;

  constructor(
    readonly status: number,
    message: string,
    code?: string,
  ) {
    super(message);
    this.code = code ?? CODE_OF_STATUS[status] ?? "error";
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
