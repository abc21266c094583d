import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { withRoute } from "@/lib/auth/guard";
import { publishSet } from "@/lib/study-sets/drafts";
import { studySetDraftSchema } from "@/lib/validations/study-set";

export const POST = withRoute({ role: "TEACHER", body: studySetDraftSchema, maxBodyBytes: 4 * 1024 * 1024 }, async ({ user, body, params }) => {
  await publishSet(user, params.setId, body);
  revalidatePath("/");
  return NextResponse.json({ id: params.setId });
});
