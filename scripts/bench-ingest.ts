// Part of `npm run bench:generate`: a ~1 MB article as a saved web page, a Word file and a PDF,
// each read (lib/ingest) and generated from, in its own process so each peak memory is its own.
// The Word file and the PDF are made by LibreOffice from the web page's article (skipped without it).
// Also printed: CPU time (wall time grows with the machine's load, CPU time much less) and the longest
// stall of the event loop while the file is read (how long a server reading it would answer no one).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateStudySet } from "../lib/generator/index";
import { ingestFile } from "../lib/ingest/index";

const TARGET_MS = 3000;
const RUNS = 3;
const ARTICLE_BUDGET = 900 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(file: string): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const reads: number[] = [];
  const totals: number[] = [];
  const cpus: number[] = [];
  const stalls: number[] = [];
  let items = 0;
  let textBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    let stall = 0;
    let tick = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - tick);
      tick = now;
    }, 5);
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const read = await ingestFile(bytes, file);
    const readAt = performance.now();
    clearInterval(timer);
    // A read that never let a timer in is one stall from start to end.
    stall = Math.max(stall, readAt - tick);
    const set = generateStudySet(read.text);
    totals.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpus.push((used.user + used.system) / 1000);
    reads.push(readAt - start);
    stalls.push(stall);
    items = set.flashcards.length + set.questions.length;
    textBytes = Buffer.byteLength(read.text);
  }
  console.log(JSON.stringify({ read: median(reads), total: median(totals), cpu: median(cpus), stall: median(stalls), items, textBytes, rss: process.resourceUsage().maxRSS * 1024 }));
}

/** The saved page's article body, repeated with numbered headings up to the budget, inside the page's furniture. */
function largePage(): string {
  const page = fs.readFileSync("lib/ingest/fixtures/night-trains-saved-page.html", "utf8");
  const start = page.indexOf('<div class="article-body">') + '<div class="article-body">'.length;
  const end = page.indexOf("</div>\n  <div class=\"newsletter-signup\">");
  const body = page.slice(start, end).replace(/<div class="ad-slot[^]*?<\/div>/g, "");
  const text = body.replace(/<[^>]+>/g, "").length;
  const copies = Math.floor(ARTICLE_BUDGET / text);
  const repeated = Array.from({ length: copies }, (_, i) => body.replace(/<h2>([^<]+)<\/h2>/g, `<h2>$1 ${i + 1}</h2>`)).join("\n");
  return page.slice(0, start) + repeated + page.slice(end);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function libreOffice(html: string, dir: string, filter: string): string | null {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) return null;
  const result = spawnSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", dir, html], { encoding: "utf8", timeout: 600_000 });
  const out = path.join(dir, `large.${filter.split(":")[0]}`);
  return result.status === 0 && fs.existsSync(out) ? out : null;
}

async function main(): Promise<void> {
  if (process.argv[2] === "--one") return measure(process.argv[3]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  try {
    const html = path.join(dir, "large.html");
    fs.writeFileSync(html, largePage());
    const files: [string, string | null][] = [
      ["web page (.html)", html],
      ["Word (.docx)", libreOffice(html, dir, "docx:MS Word 2007 XML")],
      ["PDF", libreOffice(html, dir, "pdf:writer_pdf_Export")],
    ];
    for (const [label, file] of files) {
      if (!file) {
        console.log(`${label}: skipped (LibreOffice is needed to make the file: apt-get install libreoffice-writer)`);
        continue;
      }
      // The same V8 semi-space as the production server (scripts/next-server.ts), where uploads are read.
      const child = spawnSync(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", import.meta.filename, "--one", file], { encoding: "utf8", maxBuffer: 1 << 20 });
      if (child.status !== 0) {
        console.log(`${label}: failed: ${child.stderr.trim().split("\n")[0]}`);
        continue;
      }
      const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { read: number; total: number; cpu: number; stall: number; items: number; textBytes: number; rss: number };
      const verdict = result.total < TARGET_MS ? "PASS" : "MISS";
      console.log(
        `${label} (${megabytes(fs.statSync(file).size)} file, ${megabytes(result.textBytes)} of text, ${result.items} items): read + generate median ${result.total.toFixed(0)} ms (CPU ${result.cpu.toFixed(0)} ms) over ${RUNS} runs (read ${result.read.toFixed(0)} ms, generate ${(result.total - result.read).toFixed(0)} ms; longest event-loop stall while reading ${result.stall.toFixed(0)} ms) — target < ${TARGET_MS} ms: ${verdict}; peak rss ${megabytes(result.rss)}; load average ${os.loadavg()[0].toFixed(2)}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
