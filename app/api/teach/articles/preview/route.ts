import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { HttpError } from "@/lib/errors";
import { MAX_FILE_BYTES } from "@/lib/ingest";
import { readSubmittedArticle } from "@/lib/teaching/article-source";

// Step one of a new set: the article (pasted, or an uploaded .txt/.md/.html/.docx/.pdf) is read and
// described; nothing is saved. The text as read goes back to the form, which keeps it for the generate step.

const FORM_OVERHEAD = 16 * 1024;

export const POST = withRoute({ role: "TEACHER" }, async ({ request }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + FORM_OVERHEAD) {
    throw new HttpError(413, "The file is larger than 10 MB; split it or save it without pictures.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new HttpError(400, "Send the article as a form with a text or a file field.");
  }
  return NextResponse.json(await readSubmittedArticle(form));
});
