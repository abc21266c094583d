import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { createDraftFromArticle, findDraftFromSameText } from "@/lib/study-sets/drafts";
import { articleTextSchema } from "@/lib/validations/study-set";

// Generates from the article and keeps the result as a DRAFT; nothing reaches learners until published.
// A draft already made from the same text is answered instead (200, `existing`), unless `duplicate: "new"`.
export const POST = withRoute({ role: "TEACHER", body: articleTextSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ user, body }) => {
  if (body.duplicate !== "new") {
    const existing = await findDraftFromSameText(user, body.text);
    if (existing) return NextResponse.json({ id: existing.id, existing: { title: existing.title, createdAt: existing.createdAt.toISOString() } });
  }
  const id = await createDraftFromArticle(user, body.text);
  return NextResponse.json({ id }, { status: 201 });
});
