import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { startAssignmentAttempt, startPracticeAttempt } from "@/lib/quiz";
import { startAttemptSchema } from "@/lib/validations/quiz";

/** Starts (or resumes) a practice quiz on a set, or an attempt at an assignment. */
export const POST = withRoute({ body: startAttemptSchema, maxBodyBytes: 1024 }, async ({ user, body }) => {
  const started =
    "assignmentId" in body
      ? await startAssignmentAttempt(user, body.assignmentId)
      : await startPracticeAttempt(user, body.setId, { count: body.count });
  return NextResponse.json(started, { status: started.resumed ? 200 : 201 });
});
