import { NextResponse } from "next/server";

/** An error whose message is safe to show the user, with the HTTP status it deserves. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function notFoundError(what = "That"): HttpError {
  return new HttpError(404, `${what} was not found.`);
}

/** The JSON answer for any thrown error; unknown errors are logged and never shown. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
}
