// A .docx is a zip: before a converter unpacks it, count what it really unpacks to, so a zip bomb
// (a small file that expands to gigabytes) is refused after at most the budget has been inflated.

import JSZip from "jszip";
import { IngestError } from "./ingest-error";

export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 2000;

function bombError(): IngestError {
  return new IngestError("zip_bomb", `This file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (it may be a zip bomb), so it was not opened.`);
}

function countEntry(file: JSZip.JSZipObject, budget: { left: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.pause();
        stream.removeAllListeners("data");
        reject(bombError());
      }
    });
    stream.on("error", (error: Error) => reject(error));
    stream.on("end", () => resolve());
  });
}

/** Opens the zip and inflates every entry once against the budget; throws `corrupt` for a damaged archive. */
export async function openGuardedZip(bytes: Uint8Array, corrupt: () => IngestError): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw corrupt();
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (files.length > MAX_ENTRIES) throw bombError();
  const budget = { left: MAX_UNPACKED_BYTES };
  for (const file of files) {
    try {
      await countEntry(file, budget);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw corrupt();
    }
  }
  return zip;
}
