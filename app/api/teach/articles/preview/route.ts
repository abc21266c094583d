import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { HttpError } from "@/lib/errors";
import { readFormData } from "@/lib/http-body";
import { MAX_FILE_BYTES } from "@/lib/ingest";
import { readSubmittedArticle } from "@/lib/teaching/article-source";

// Step one of a new set: the article (pasted, or an uploaded .txt/.md/.html/.docx/.pdf) is read and
// described; nothing is saved. The text as read goes back to the form, which keeps it for the generate step.

const FORM_OVERHEAD = 16 * 1024;
const TOO_LARGE = "The file is larger than 10 MB; split it or save it without pictures.";

export const POST = withRoute({ role: "TEACHER" }, async ({ request }) => {
  let form: FormData;
  try {
    form = await readFormData(request, MAX_FILE_BYTES + FORM_OVERHEAD, TOO_LARGE);
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) throw new HttpError(400, "Send the article as a form with a text or a file field.");
    throw error;
  }
  return NextResponse.json(await readSubmittedArticle(form));
});
