// Which reader a file needs, decided from its first bytes; the file name only breaks ties between
// text formats, so a renamed PDF is still read as a PDF and a .docx that is not a zip is refused as one.

export type SourceFormat = "text" | "markdown" | "html" | "docx" | "pdf";
export type Sniffed = SourceFormat | "zip" | "ole" | "image" | "binary";

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** A PDF's header may follow some junk bytes; readers accept it anywhere in the first kilobyte. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

const HTML_TAG = /<\/?(?:p|div|span|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|a|section|article|main|header|footer|nav|aside|br|img|strong|em|b|i|figure|blockquote|meta|link|script|style|body|head|html)\b[^>]*>/gi;

/** Text that is a web page or HTML markup (a saved page, or HTML pasted into the box), not prose with a stray tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head)) return true;
  const sample = text.slice(0, 200_000);
  let tags = 0;
  let tagChars = 0;
  for (const match of sample.matchAll(HTML_TAG)) {
    tags++;
    tagChars += match[0].length;
  }
  return tags >= 5 && tagChars >= sample.length * 0.03;
}

function looksLikeMarkdown(text: string): boolean {
  return /^\s{0,3}#{1,6}\s+\S/m.test(text) || /^\s*\|.*\|\s*$/m.test(text) || /\*\*[^*\n]+\*\*/.test(text);
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (hasPdfHeader(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  ) {
    return "image";
  }
  return "text";
}

/** Text or Markdown or HTML, once the bytes have been decoded. */
export function sniffText(text: string, filename?: string): "text" | "markdown" | "html" {
  if (looksLikeHtml(text)) return "html";
  if (filename && /\.(?:md|markdown)$/i.test(filename)) return "markdown";
  if (filename && /\.txt$/i.test(filename)) return "text";
  return looksLikeMarkdown(text) ? "markdown" : "text";
}
