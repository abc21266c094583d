import { Decompress } from "fzstd";
import JSZip from "jszip";

/** A file refused for what it is (not for a server fault): its message names the problem, and nothing is stored. */
export class ImportRefusal extends Error {}

/** Most a single entry of an uploaded package may inflate to: ample for a deck, small enough for a bomb. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export async function openZip(bytes: Uint8Array, what: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportRefusal(`This is not a ${what}: it is not a readable zip archive.`);
  }
}

/**
 * One entry, inflated as a stream and abandoned as soon as it passes `limit`: the sizes a zip declares
 * can lie, and a zip bomb inflates a few kilobytes into gigabytes.
 */
export function readZipEntry(zip: JSZip, name: string, limit = MAX_ENTRY_BYTES): Promise<Uint8Array> {
  const entry = zip.file(name);
  if (!entry) return Promise.reject(new ImportRefusal(`The package has no ${name}.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        stream.removeAllListeners("data");
        reject(new ImportRefusal(`${name} inflates to more than ${Math.round(limit / 1024 / 1024)} MB: the package looks like a zip bomb.`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("error", () => reject(new ImportRefusal(`${name} in the package is damaged and cannot be read.`)));
    stream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** Zstandard data (Anki's newer packages), with the same ceiling on what it may inflate to. */
export function unzstd(data: Uint8Array, what: string, limit = MAX_ENTRY_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > limit) throw new ImportRefusal(`${what} inflates to more than ${Math.round(limit / 1024 / 1024)} MB: the package looks like a zip bomb.`);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += 64 * 1024) stream.push(data.subarray(at, at + 64 * 1024), at + 64 * 1024 >= data.length);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal(`${what} is damaged: its compressed data cannot be read.`);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** XML that declares entities can expand a few bytes into gigabytes ("billion laughs"): such files are refused. */
export function refuseXmlEntities(xml: string, what: string): void {
  if (/<!ENTITY/i.test(xml)) throw new ImportRefusal(`${what} declares XML entities (<!ENTITY …>), which are refused: they can expand without bound.`);
}
