import { NextResponse } from "next/server";
import { HttpError, TooManyAttemptsError } from "@/lib/errors";
import { CANNOT_SAVE_MESSAGE, logStorageFailureOnce, storageFailureCause } from "@/lib/database/storage-failure";

/** The JSON answer for any thrown error; unknown errors are logged and never shown. */
export function errorResponse(error: unknown): Response {
  if (error instanceof TooManyAttemptsError) {
    return NextResponse.json(
      { error: error.message, code: error.code },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  if (error instanceof HttpError) return NextResponse.json({ error: error.message, code: error.code }, { status: error.status });
  const storage = storageFailureCause(error);
  if (storage) {
    logStorageFailureOnce(storage);
    return NextResponse.json({ error: CANNOT_SAVE_MESSAGE, code: "cannot_save" }, { status: 503, headers: { "retry-after": "30" } });
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Please try again.", code: "server_error" }, { status: 500 });
}
