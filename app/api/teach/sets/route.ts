import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { createDraftFromArticle } from "@/lib/study-sets/drafts";
import { articleTextSchema } from "@/lib/validations/study-set";

// Generates from the article and keeps the result as a DRAFT; nothing reaches learners until published.
export const POST = withRoute({ role: "TEACHER", body: articleTextSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ user, body }) => {
  const id = await createDraftFromArticle(user, body.text);
  return NextResponse.json({ id }, { status: 201 });
});
