// A Word file (.docx) → reader text: mammoth turns Word's paragraph styles into HTML headings, lists and
// tables, and the same HTML path as web pages turns those into the reader's shapes.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type JSZip from "jszip";
import { parseHTML } from "linkedom";
import { htmlToMarkdownBlocks } from "./html-to-markdown";
import { IngestError } from "./ingest-error";
import { openGuardedZip } from "./zip-guard";

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

const corruptDocx = () =>
  new IngestError("corrupt_docx", "This Word file is damaged and could not be opened. Open it in Word or LibreOffice, save it again as .docx, or paste its text.");

/** What a zip that is not a Word document is, so the message can say what to do with it. */
function otherZipMessage(names: string[]): string {
  if (names.includes("content.xml") && names.includes("mimetype")) return "This is an OpenDocument file (.odt); save it as .docx or PDF and upload that.";
  if (names.some((n) => n.startsWith("xl/"))) return "This is an Excel workbook, not an article; upload a Word file, a PDF, a web page or text.";
  if (names.some((n) => n.startsWith("ppt/"))) return "This is a PowerPoint file; save it as PDF and upload that.";
  return "This zip archive is not a Word document; upload a .docx, a PDF, a web page or text.";
}

export type DocxArticle = { markdown: string; images: number };

/**
 * Layout markup mammoth never reads (revision ids, tab stops, spacing, borders, widths, languages, list
 * indents and bullet fonts), cut from the XML before mammoth parses it into a DOM: in a long document it
 * is most of the XML, and the DOM of it most of the time and memory. Only tags are matched, never text.
 */
const LAYOUT_ATTRIBUTE = / w:rsid[A-Za-z]*="[^"]*"/g;
const LAYOUT_GROUP = /<w:(tabs|tcBorders|tblBorders|pBdr|tblCellMar)>[^]*?<\/w:\1>/g;
const LAYOUT_LEAF =
  /<w:(?:bidi|spacing|widowControl|suppressLineNumbers|suppressAutoHyphens|tcW|vAlign|lang|color|szCs|bCs|iCs|kern|jc|snapToGrid|keepNext|keepLines|contextualSpacing|textAlignment|autoSpaceDE|autoSpaceDN|adjustRightInd|overflowPunct|noProof|position|shd|tblW|tblInd|tblLayout|tblLook)(?:\s[^>]*)?\/>/g;
const EMPTY_PROPERTIES = /<w:(rPr|pPr|tcPr)><\/w:\1>/g;
const NUMBERING_LAYOUT = /<w:(pPr|rPr)>[^]*?<\/w:\1>|<w:(?:lvlText|lvlJc|start|suff)(?:\s[^>]*)?\/>/g;

function slimDocumentXml(xml: string): string {
  return xml.replace(LAYOUT_ATTRIBUTE, "").replace(LAYOUT_GROUP, "").replace(LAYOUT_LEAF, "").replace(EMPTY_PROPERTIES, "");
}

/** The same package with its document and numbering XML slimmed, stored uncompressed (mammoth unzips it once more). */
async function slimmed(zip: JSZip): Promise<Buffer> {
  const document = zip.file("word/document.xml");
  if (document) zip.file("word/document.xml", slimDocumentXml(await document.async("string")));
  const numbering = zip.file("word/numbering.xml");
  if (numbering) zip.file("word/numbering.xml", (await numbering.async("string")).replace(NUMBERING_LAYOUT, ""));
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

const WORKER_CANDIDATES = [
  () => fileURLToPath(new URL("./mammoth-worker.mjs", import.meta.url)),
  // Inside the Next.js server bundle the module's own URL points into .next; the source tree is the working directory.
  () => path.resolve(process.cwd(), "lib/ingest/mammoth-worker.mjs"),
];

function workerFile(): string {
  for (const candidate of WORKER_CANDIDATES) {
    try {
      const file = candidate();
      if (fs.existsSync(file)) return file;
    } catch {
      // A bundled module URL that is not a file: try the next place.
    }
  }
  throw new Error("lib/ingest/mammoth-worker.mjs is missing: run the server from the project directory.");
}

/** Bounds a document that unpacks small but builds a huge tree, so it fails alone instead of with the server. */
const WORKER_HEAP_MB = 1024;

type Converted = { html: string; images: number };

/** mammoth in a worker thread, so the server keeps answering while a long document is converted. */
function convertInWorker(file: string, bytes: Uint8Array): Promise<Converted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { bytes, styleMap: STYLE_MAP },
      transferList: [bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
      void worker.terminate();
    };
    worker.once("message", (message: Partial<Converted> & { failed?: boolean }) =>
      settle(() => (message.failed || typeof message.html !== "string" ? reject(corruptDocx()) : resolve({ html: message.html, images: message.images ?? 0 }))),
    );
    worker.once("error", (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new IngestError("too_large", "This Word file needs more memory to read than the server allows; split it into smaller documents.")
            : corruptDocx(),
        ),
      ),
    );
    worker.once("exit", () => settle(() => reject(corruptDocx())));
  });
}

export async function docxToArticle(bytes: Uint8Array): Promise<DocxArticle> {
  const zip = await openGuardedZip(bytes, corruptDocx);
  const names = Object.keys(zip.files);
  if (!names.includes("word/document.xml")) throw new IngestError("unsupported", otherZipMessage(names));
  let slim: Uint8Array;
  try {
    // A copy of its own, so it can be handed over to the worker.
    slim = new Uint8Array(await slimmed(zip));
  } catch {
    throw corruptDocx();
  }
  const { html, images } = await convertInWorker(workerFile(), slim);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: Document };
  // Footnotes and endnotes are sources, not facts to study.
  for (const note of Array.from(document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) note.remove();
  for (const list of Array.from(document.querySelectorAll("ol, ul"))) if (!list.querySelector("li")) list.remove();
  return { markdown: htmlToMarkdownBlocks(document.body).join("\n\n"), images };
}
