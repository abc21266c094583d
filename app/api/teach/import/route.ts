import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { importIntoDraft } from "@/lib/teaching/imports";
import { importSchema } from "@/lib/validations/import";

export const POST = withRoute({ role: "TEACHER", body: importSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ user, body }) => {
  const outcome = await importIntoDraft(user, body);
  if (!outcome.ok) return NextResponse.json({ error: outcome.error, issues: outcome.issues }, { status: 422 });
  return NextResponse.json({ id: outcome.setId }, { status: 201 });
});
