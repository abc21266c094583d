import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { finishAttempt } from "@/lib/quiz";

/** Submits the attempt and answers its score; finishing again answers the same score. */
export const POST = withRoute({}, async ({ user, params }) =>
  NextResponse.json(await finishAttempt(user, params.attemptId)),
);
