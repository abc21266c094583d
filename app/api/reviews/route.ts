import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { recordGrade } from "@/lib/study/reviews";
import { gradeSchema } from "@/lib/validations/review";

// Saves one flashcard grade. A repeated requestId answers 200 with the first result and writes nothing.
export const POST = withRoute({ body: gradeSchema, maxBodyBytes: 2048 }, async ({ user, body }) => {
  const outcome = await recordGrade(user, body);
  return NextResponse.json(outcome, { status: outcome.replayed ? 200 : 201 });
});
