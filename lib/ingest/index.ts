// Reads what a teacher has (a text or Markdown file, a saved web page or pasted HTML, a Word file,
// a PDF) into the text the article reader understands: Markdown-style headings, one line per
// paragraph, list items and pipe tables. The format is decided by the content, not the file name.
// Pure: no Next.js, no database; used by the upload, the link import and the CLI.

import { checkArticleText, MAX_ARTICLE_BYTES } from "@/lib/generator/validate-input";
import { fetchPage, type FetchPageOptions } from "./fetch-page";
import { docxToArticle } from "./from-docx";
import { htmlToArticle } from "./from-html";
import { pdfToArticle } from "./from-pdf";
import { IngestError } from "./ingest-error";
import { sniffBytes, sniffText, type SourceFormat } from "./sniff";

export { IngestError, type IngestErrorCode } from "./ingest-error";
export type { SourceFormat } from "./sniff";
export { isPublicAddress, MAX_PAGE_BYTES, type FetchPageOptions } from "./fetch-page";

/** Word files and PDFs carry pictures and fonts, so the file may be larger than the 1 MB of text it holds. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type IngestedArticle = {
  /** The article as the reader's input text. */
  text: string;
  format: SourceFormat;
  /** What the teacher should know about how the file was read. */
  notices: string[];
};

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  text: "Plain text",
  markdown: "Markdown",
  html: "Web page (HTML)",
  docx: "Word document (.docx)",
  pdf: "PDF",
};

function checked(text: string, format: SourceFormat, notices: string[]): IngestedArticle {
  const check = checkArticleText(text);
  if (!check.ok) {
    if (check.code === "empty" && format !== "text" && format !== "markdown") {
      throw new IngestError("no_article", `No article text was found in this ${FORMAT_LABELS[format].toLowerCase()}.`);
    }
    const code = check.code === "too_large" ? "too_large" : check.code === "binary" ? "binary" : "empty";
    throw new IngestError(code, check.code === "too_large" ? "The text read from this file is larger than 1 MB; split it into smaller articles." : check.message);
  }
  return { text, format, notices };
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError("binary", "This file is binary data, not text, a web page, a Word file (.docx) or a PDF, so it cannot be read.");
  }
}

function fromHtml(html: string): IngestedArticle {
  const { markdown, usedWholePage } = htmlToArticle(html);
  const notices = [
    usedWholePage
      ? "Read as HTML: the markup was removed and page furniture (menus, cookie notices, share buttons, footers) left out."
      : "Read as a web page: only the article body was kept; menus, cookie notices, share buttons, ads, related links, bylines and footers were left out.",
  ];
  return checked(markdown, "html", notices);
}

/** Text pasted into the box: HTML (copied page source) is read as a page, anything else as it is. */
export function ingestPastedText(text: string): IngestedArticle {
  if (sniffText(text) === "html") return fromHtml(text);
  return checked(text, sniffText(text), []);
}

/** A file's bytes, with the name it was uploaded under (a hint for text formats only). */
export async function ingestFile(bytes: Uint8Array, filename?: string): Promise<IngestedArticle> {
  if (bytes.length > MAX_FILE_BYTES) throw new IngestError("too_large", "The file is larger than 10 MB; split it or save it without pictures.");
  if (!bytes.length) throw new IngestError("empty", "The file is empty.");
  const kind = sniffBytes(bytes);
  switch (kind) {
    case "pdf": {
      const { markdown, pages, pagesRead } = await pdfToArticle(bytes, MAX_ARTICLE_BYTES);
      const notices = ["Read from a PDF: headings come from font sizes and tables from column positions, so check the sections and tables below before generating."];
      if (pagesRead < pages) notices.push(`Only the first ${pagesRead} of ${pages} pages were read.`);
      return checked(markdown, "pdf", notices);
    }
    case "zip": {
      const { markdown, images } = await docxToArticle(bytes);
      const notices = images ? [`${images} picture${images === 1 ? " was" : "s were"} left out: only text, lists and tables are read.`] : [];
      return checked(markdown, "docx", notices);
    }
    case "ole":
      throw new IngestError("unsupported", "This is an old Word (.doc) or Office 97–2003 file; save it as .docx or PDF and upload that.");
    case "image":
      throw new IngestError("unsupported", "This is a picture, not a document: its text cannot be read. Upload the document itself, or paste its text.");
    default: {
      if (bytes.length > MAX_ARTICLE_BYTES && !/\.(?:html?|xhtml)$/i.test(filename ?? "")) {
        throw new IngestError("too_large", "The article is larger than 1 MB; split it into smaller articles.");
      }
      const text = decodeText(bytes);
      const format = sniffText(text, filename);
      return format === "html" ? fromHtml(text) : checked(text, format, []);
    }
  }
}

/** A web page a teacher linked to: fetched under the rules of fetchPage, then read like a saved page. */
export async function ingestLink(url: string, options: FetchPageOptions = {}): Promise<IngestedArticle & { url: string }> {
  const page = await fetchPage(url, options);
  const read = fromHtml(page.html);
  return { ...read, url: page.url, notices: [`Fetched from ${page.url}.`, ...read.notices] };
}
