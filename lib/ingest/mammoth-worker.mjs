// Runs mammoth on a Word file in a worker thread (see from-docx.ts): mammoth parses the whole
// document XML in one synchronous step, seconds for a long document, which would stop the server
// from answering anyone else meanwhile. Plain JavaScript, so the production server can start it
// without a TypeScript loader.

import { parentPort, workerData } from "node:worker_threads";
import mammoth from "mammoth";

const { bytes, styleMap } = workerData;
let images = 0;
try {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap,
      externalFileAccess: false,
      // Pictures are counted, never decoded: the reader has no use for them.
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: "" };
      }),
    },
  );
  parentPort.postMessage({ html: result.value, images });
} catch {
  parentPort.postMessage({ failed: true });
}
