import { allowedFetchHosts } from "@/lib/config";
import { HttpError } from "@/lib/errors";
import { FORMAT_LABELS, IngestError, MAX_FILE_BYTES, ingestFile, ingestLink, ingestPastedText, type IngestedArticle, type SourceFormat } from "@/lib/ingest";
import { previewArticle, type ArticlePreview } from "./article-preview";

// Step one of a new set, whatever the teacher has: pasted text or HTML, an uploaded file of any
// readable format, or a link. The article is read and described; nothing is saved.

export type ArticleSource = { format: SourceFormat; label: string; notices: string[] };
export type ReadArticle = { text: string; preview: ArticlePreview; source: ArticleSource };

function described(read: IngestedArticle): ReadArticle {
  return { text: read.text, preview: previewArticle(read.text), source: { format: read.format, label: FORMAT_LABELS[read.format], notices: read.notices } };
}

async function reading(work: () => Promise<IngestedArticle> | IngestedArticle): Promise<ReadArticle> {
  try {
    return described(await work());
  } catch (error) {
    if (error instanceof IngestError) throw new HttpError(error.status, error.message);
    throw error;
  }
}

/** The form's `file` (any format, chosen by content) or else its `text` (plain, Markdown or pasted HTML). */
export function readSubmittedArticle(form: FormData): Promise<ReadArticle> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) throw new HttpError(413, "The file is larger than 10 MB; split it or save it without pictures.");
    return reading(async () => ingestFile(new Uint8Array(await file.arrayBuffer()), file.name));
  }
  const text = form.get("text");
  if (typeof text !== "string" || !text.trim()) throw new HttpError(422, "Paste an article, choose a file or paste a link first.");
  return reading(() => ingestPastedText(text));
}

export function readLinkedArticle(url: string): Promise<ReadArticle> {
  return reading(() => ingestLink(url, { allowedHosts: allowedFetchHosts() }));
}
