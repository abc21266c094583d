import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { expect, it } from "vitest";
import { ingestFile } from "./index";

// The server reads uploads in its own process: a long Word file must not stop it from answering
// others while it is read. mammoth (whole-document XML parses, then a long chain of promises that
// keeps this thread busy throughout) runs in a worker thread; what stays here comes in short steps.

const COPIES = 120;

/** school-gardens.docx with its body repeated, a few hundred KB of text as a long report has. */
async function longDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(import.meta.dirname, "fixtures/school-gardens.docx")));
  const xml = await zip.file("word/document.xml")!.async("string");
  const start = xml.indexOf("<w:body>") + "<w:body>".length;
  const end = xml.lastIndexOf("<w:sectPr");
  const body = xml.slice(start, end);
  zip.file("word/document.xml", xml.slice(0, start) + body.repeat(COPIES) + xml.slice(end));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

it("keeps the event loop turning while a long Word file is read", async () => {
  const bytes = await longDocx();
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 5);
  const started = performance.now();
  const busy = performance.eventLoopUtilization();
  const read = await ingestFile(bytes, "long-report.docx");
  const took = performance.now() - started;
  const utilization = performance.eventLoopUtilization(busy).utilization;
  clearInterval(timer);
  expect(read.format).toBe("docx");
  expect(read.text.split("## Key findings").length - 1).toBeGreaterThanOrEqual(COPIES);
  // Converting in this thread kept it busy 100% of the read (0.26 with the worker, on a loaded machine).
  expect(utilization, "share of the read this thread was busy").toBeLessThan(0.6);
  // Relative to the read's own time, so a loaded machine slows both alike.
  const longest = Math.max(...gaps);
  expect(longest, `longest stall ${longest.toFixed(0)} ms of a ${took.toFixed(0)} ms read`).toBeLessThan(took * 0.35);
});
