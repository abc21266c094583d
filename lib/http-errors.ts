import { NextResponse } from "next/server";
import { HttpError, TooManyAttemptsError } from "@/lib/errors";

/** The JSON answer for any thrown error; unknown errors are logged and never shown. */
export function errorResponse(error: unknown): Response {
  if (error instanceof TooManyAttemptsError) {
    return NextResponse.json({ error: error.message }, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  if (error instanceof HttpError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
}
