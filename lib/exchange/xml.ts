// XML 1.0 forbids most C0 control characters even as entities, so they are dropped, not escaped.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // A bare CR would be normalised away by the reader; keep it as a character reference.
    .replace(/\r/g, "&#13;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Attribute values get whitespace normalised by readers unless tabs and newlines are references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
