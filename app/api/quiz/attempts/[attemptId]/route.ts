import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { getAttemptView } from "@/lib/quiz";

/** The attempt as its learner may see it: no answer key for unanswered questions. */
export const GET = withRoute({}, async ({ user, params }) =>
  NextResponse.json(await getAttemptView(user, params.attemptId)),
);
