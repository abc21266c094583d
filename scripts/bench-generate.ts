// `npm run bench:generate`: time to generate from the sample (warm, in process, median) and from
// a ~1 MB article made by repeating the sample's sections, with peak memory. Each target line ends in
// PASS or MISS. The machine's load is printed too: on a shared machine wall time grows with it, CPU
// time much less, so both are given.

import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { MAX_ARTICLE_BYTES, generateStudySet, readArticle } from "../lib/generator/index";

const SAMPLE_TARGET_MS = 20;
const LARGE_TARGET_MS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Sampled after each run (the generator is synchronous); maxRSS below is the true process peak.
let peakHeap = 0;

function time(text: string, runs: number, warmup: number): { median: number; cpu: number; items: number } {
  let items = 0;
  for (let i = 0; i < warmup; i++) generateStudySet(text);
  const timings: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const set = generateStudySet(text);
    const used = process.cpuUsage(startCpu);
    timings.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    items = set.flashcards.length + set.questions.length;
  }
  return { median: median(timings), cpu: median(cpu), items };
}

/** Repeats the article, numbering its headings so each copy is a distinct section, up to ~1 MB. */
function buildLargeArticle(sample: string): string {
  const headings = new Set(readArticle(sample).sections.map((s) => s.heading).filter(Boolean));
  const lines = sample.split("\n");
  const copies: string[] = [];
  let bytes = 0;
  const budget = MAX_ARTICLE_BYTES - 2048;
  for (let copy = 1; ; copy++) {
    const text = lines.map((line) => (headings.has(line.trim()) ? `${line.trim()} ${copy}` : line)).join("\n");
    const size = Buffer.byteLength(text, "utf8") + 2;
    if (bytes + size > budget) break;
    copies.push(text);
    bytes += size;
  }
  return copies.join("\n\n");
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const samplePath = path.resolve(import.meta.dirname, "../content/sample-article.txt");
const sample = readFileSync(samplePath, "utf8");
const large = buildLargeArticle(sample);

const verdict = (ms: number, target: number) => (ms < target ? "PASS" : "MISS");
const load = () => `load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} on ${os.availableParallelism()} cores`;

console.log(`generator benchmark, ${new Date().toISOString()}, ${load()}`);
const small = time(sample, 50, 10);
const big = time(large, 5, 1);

console.log(`sample article (${Buffer.byteLength(sample)} bytes, ${small.items} items): median ${small.median.toFixed(2)} ms (CPU ${small.cpu.toFixed(2)} ms) over 50 warm runs — target < ${SAMPLE_TARGET_MS} ms: ${verdict(small.median, SAMPLE_TARGET_MS)}`);
console.log(`large article (${megabytes(Buffer.byteLength(large))}, ${big.items} items): median ${big.median.toFixed(0)} ms (CPU ${big.cpu.toFixed(0)} ms) over 5 runs — target < ${LARGE_TARGET_MS} ms: ${verdict(big.median, LARGE_TARGET_MS)}`);
console.log(`peak memory: rss ${megabytes(process.resourceUsage().maxRSS * 1024)}, heap used ≈ ${megabytes(peakHeap)}; ${load()}`);
