import { HttpError } from "@/lib/errors";

// Every request body the app reads comes through here. The stream is read chunk by chunk and cancelled
// the moment it passes the limit, whether or not the client declared a Content-Length (a chunked upload
// declares none), so an oversized body costs the server at most `maxBytes` of memory, never the whole body.

export const TOO_LARGE_MESSAGE = "The request is too large.";

/** The raw bytes of a body of at most `maxBytes`; 413 as soon as it is known to be larger. */
export async function readBodyBytes(request: Request, maxBytes: number, tooLarge = TOO_LARGE_MESSAGE): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new HttpError(413, tooLarge);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw new HttpError(400, "The request body could not be read.");
    }
    if (next.done) break;
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HttpError(413, tooLarge);
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A UTF-8 text body; bytes that are not UTF-8 are refused (400) rather than turned into U+FFFD. */
export async function readText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "The request body is not valid UTF-8 text.");
  }
}

/** Reads a JSON body of at most `maxBytes`, answering 413 or 400 instead of throwing raw errors. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

/** A multipart or urlencoded form of at most `maxBytes`, parsed only once it is known to fit. */
export async function readFormData(request: Request, maxBytes: number, tooLarge = TOO_LARGE_MESSAGE): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes, tooLarge);
  const type = request.headers.get("content-type") ?? "";
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new HttpError(400, "The request body is not a valid form.");
  }
}
