import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { previewImportInput } from "@/lib/teaching/imports";
import { importSchema } from "@/lib/validations/import";

// Parses without saving, so the teacher can try separators until the rows look right.
export const POST = withRoute({ role: "TEACHER", body: importSchema, maxBodyBytes: 5 * 1024 * 1024 }, async ({ body }) => {
  return NextResponse.json(await previewImportInput(body));
});
