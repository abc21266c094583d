// Input checks shared by the CLI and the web import form.

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleErrorCode = "empty" | "binary" | "too_large" | "nothing_to_study";

/** Bad input, with a one-line message meant for the user. */
export class ArticleError extends Error {
  readonly code: ArticleErrorCode;

  constructor(code: ArticleErrorCode, message: string) {
    super(message);
    this.name = "ArticleError";
    this.code = code;
  }
}

export type InputCheck = { ok: true } | { ok: false; code: ArticleErrorCode; message: string };

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000") || text.includes("\uFFFD")) return true;
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.01);
}

/** Checks article text for size, binary content and emptiness without throwing. */
export function checkArticleText(text: string): InputCheck {
  if (utf8Length(text) > MAX_ARTICLE_BYTES) {
    return { ok: false, code: "too_large", message: "The article is larger than 1 MB; split it into smaller articles." };
  }
  if (looksBinary(text)) {
    return { ok: false, code: "binary", message: "The input looks like a binary file, not text; paste or upload plain text or Markdown." };
  }
  if (!text.trim()) {
    return { ok: false, code: "empty", message: "The article is empty." };
  }
  return { ok: true };
}

/** Throws an ArticleError when the text cannot be an article. */
export function validateArticleText(text: string): void {
  const check = checkArticleText(text);
  if (!check.ok) throw new ArticleError(check.code, check.message);
}

/** Decodes raw bytes (a file or upload) as UTF-8, rejecting binary, oversized and empty input. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError("too_large", "The article is larger than 1 MB; split it into smaller articles.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError("binary", "The input is not UTF-8 text (it looks like a binary file).");
  }
  validateArticleText(text);
  return text;
}
