// A file or page that cannot become an article, with a message that names the problem for the teacher.

export type IngestErrorCode =
  | "empty"
  | "too_large"
  | "binary"
  | "unsupported"
  | "scanned_pdf"
  | "encrypted_pdf"
  | "corrupt_pdf"
  | "corrupt_docx"
  | "zip_bomb"
  | "no_article"
  | "fetch_refused"
  | "fetch_failed";

/** The HTTP status each refusal deserves: too big is 413, a type we do not read is 415, the rest 422. */
const STATUS: Record<IngestErrorCode, number> = {
  empty: 422,
  too_large: 413,
  binary: 415,
  unsupported: 415,
  scanned_pdf: 422,
  encrypted_pdf: 422,
  corrupt_pdf: 422,
  corrupt_docx: 422,
  zip_bomb: 413,
  no_article: 422,
  fetch_refused: 422,
  fetch_failed: 502,
};

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }

  get status(): number {
    return STATUS[this.code];
  }
}
