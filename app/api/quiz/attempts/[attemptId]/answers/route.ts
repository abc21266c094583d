import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { submitAnswer } from "@/lib/quiz";
import { submitAnswerSchema } from "@/lib/validations/quiz";

/** Grades and stores one answer; a repeat returns the stored result (200) instead of a new one (201). */
export const POST = withRoute({ body: submitAnswerSchema, maxBodyBytes: 32 * 1024 }, async ({ user, body, params }) => {
  const saved = await submitAnswer(user, params.attemptId, body.itemId, body.response);
  return NextResponse.json(saved, { status: saved.repeated ? 200 : 201 });
});
