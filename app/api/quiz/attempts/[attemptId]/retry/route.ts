import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { retryMissed } from "@/lib/quiz";

/** A new practice quiz with only the questions this finished attempt missed. */
export const POST = withRoute({}, async ({ user, params }) => {
  const started = await retryMissed(user, params.attemptId);
  return NextResponse.json(started, { status: started.resumed ? 200 : 201 });
});
