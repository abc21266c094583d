import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { discardDraft, saveDraft } from "@/lib/study-sets/drafts";
import { studySetDraftSchema } from "@/lib/validations/study-set";

const MAX_DRAFT_BYTES = 4 * 1024 * 1024;

export const PUT = withRoute({ role: "TEACHER", body: studySetDraftSchema, maxBodyBytes: MAX_DRAFT_BYTES }, async ({ user, body, params }) => {
  const draft = await saveDraft(user, params.setId, body);
  return NextResponse.json({ draft });
});

export const DELETE = withRoute({ role: "TEACHER" }, async ({ user, params }) => {
  await discardDraft(user, params.setId);
  return new NextResponse(null, { status: 204 });
});
