import { NextResponse } from "next/server";
import { withRoute } from "@/lib/auth/guard";
import { ArticleError, checkArticleText, decodeArticleBytes } from "@/lib/generator";
import { HttpError } from "@/lib/errors";
import { readFormData } from "@/lib/http-body";
import { previewArticle } from "@/lib/teaching/article-preview";
import { MAX_UPLOAD_BYTES } from "@/lib/validations/study-set";

// Step one of a new set: the article (pasted, or a .txt/.md upload) is read and described; nothing is saved.
// The decoded text goes back to the form, which keeps it for the generate step.

const FORM_OVERHEAD = 16 * 1024;
const TOO_LARGE = "The file is larger than 1 MB; split it into smaller articles.";

async function readArticleFrom(request: Request): Promise<string> {
  let form: FormData;
  try {
    form = await readFormData(request, MAX_UPLOAD_BYTES * 4 + FORM_OVERHEAD, TOO_LARGE);
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) throw new HttpError(400, "Send the article as a form with a text or a file field.");
    throw error;
  }
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|markdown)$/i.test(file.name)) throw new HttpError(415, "Upload a .txt or .md file.");
    if (file.size > MAX_UPLOAD_BYTES) throw new HttpError(413, TOO_LARGE);
    try {
      return decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof ArticleError) throw new HttpError(error.code === "too_large" ? 413 : 422, error.message);
      throw error;
    }
  }
  const text = form.get("text");
  const check = checkArticleText(typeof text === "string" ? text : "");
  if (!check.ok) {
    throw new HttpError(check.code === "too_large" ? 413 : 422, check.code === "empty" ? "Paste an article or choose a file first." : check.message);
  }
  return text as string;
}

export const POST = withRoute({ role: "TEACHER" }, async ({ request }) => {
  const text = await readArticleFrom(request);
  return NextResponse.json({ text, preview: previewArticle(text) });
});
