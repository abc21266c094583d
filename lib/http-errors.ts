import { NextResponse } from "next/server";
import { HttpError } from "@/lib/errors";

/** The JSON answer for any thrown error; unknown errors are logged and never shown. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return NextResponse.json({ error: error.message, code: error.code }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Please try again.", code: "server_error" }, { status: 500 });
}
