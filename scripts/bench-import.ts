// `npm run bench:import`: previews a ~1 MB file of every accepted import format, as the server does
// (in slices that give the event loop back), with medians over several runs, the longest the event
// loop waited meanwhile, and a baseline in the same run: reading the same bytes with the plainest
// parser (papaparse for delimited text, a split on blank lines for GIFT). The CPU time this process
// spent is printed too: on a shared machine the wall time mostly measures the other processes.

import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { exportStudySet, previewImportSliced, type TextFormatImportOptions } from "../lib/exchange/index";
import { loadSampleSet } from "../lib/exchange/fixtures";
import type { StudySetContent } from "../lib/generator/types";

const TARGET_MS = 1000;
const BUDGET_BYTES = 1024 * 1024 - 4096;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The sample set repeated, each copy's items made distinct, until its export nears 1 MB. */
async function largeExport(format: "csv" | "quizlet" | "anki-text" | "gift"): Promise<string> {
  const sample = loadSampleSet();
  const one = String((await exportStudySet(sample, format)).bytes);
  const copies = Math.max(1, Math.floor(BUDGET_BYTES / Buffer.byteLength(one)) - 1);
  const content: StudySetContent = { title: sample.title, flashcards: [], questions: [] };
  for (let copy = 1; copy <= copies; copy++) {
    content.flashcards.push(...sample.flashcards.map((card) => ({ ...card, id: `${card.id}-${copy}`, front: `${card.front} (${copy})` })));
    content.questions.push(...sample.questions.map((question) => ({ ...question, id: `${question.id}-${copy}`, prompt: `${question.prompt} (${copy})` })));
  }
  return String((await exportStudySet(content, format)).bytes);
}

type Case = { name: string; text: string; options: TextFormatImportOptions; baseline: (text: string) => unknown };

async function cases(): Promise<Case[]> {
  const delimited = (delimiter: string) => (text: string) => Papa.parse(text, { delimiter });
  return [
    { name: "CSV", text: await largeExport("csv"), options: { format: "csv" }, baseline: delimited(",") },
    { name: "Quizlet text", text: await largeExport("quizlet"), options: { format: "text" }, baseline: delimited("\t") },
    { name: "Anki text", text: await largeExport("anki-text"), options: { format: "text" }, baseline: delimited("\t") },
    { name: "GIFT", text: await largeExport("gift"), options: { format: "gift" }, baseline: (text) => text.split(/\n\s*\n/) },
    { name: "CSV, one 1 MB line", text: `Front,Back\n${"x".repeat(BUDGET_BYTES / 2)},${"y".repeat(BUDGET_BYTES / 2)}\n`, options: { format: "csv" }, baseline: delimited(",") },
  ];
}

async function measure(item: Case) {
  await previewImportSliced(item.text, item.options);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  const baselines: number[] = [];
  let total = 0;
  let maxBlockMs = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    item.baseline(item.text);
    baselines.push(performance.now() - start);
    start = performance.now();
    const cpu = process.cpuUsage();
    let tick = start;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxBlockMs = Math.max(maxBlockMs, now - tick);
      tick = now;
    }, 1);
    total = (await previewImportSliced(item.text, item.options)).total;
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    cpuTimings.push((used.user + used.system) / 1000);
    clearInterval(ticker);
    maxBlockMs = Math.max(maxBlockMs, end - tick);
    timings.push(end - start);
  }
  return { ms: median(timings), cpuMs: median(cpuTimings), baseline: median(baselines), maxBlockMs, total };
}

console.log(`load average ${(await import("node:os")).loadavg().map((load) => load.toFixed(1)).join(", ")} on ${(await import("node:os")).cpus().length} CPUs`);
let failed = false;
for (const item of await cases()) {
  const result = await measure(item);
  const ok = result.ms < TARGET_MS;
  failed ||= !ok;
  const size = `${(Buffer.byteLength(item.text) / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `${item.name} (${size}, ${result.total} items): median ${result.ms.toFixed(0)} ms (${result.cpuMs.toFixed(0)} ms of CPU) over ${RUNS} runs, ` +
      `${(result.ms / result.baseline).toFixed(1)}× the plain parse (${result.baseline.toFixed(0)} ms); ` +
      `event loop blocked at most ${result.maxBlockMs.toFixed(0)} ms — target < ${TARGET_MS} ms: ${ok ? "ok" : "SLOW"}`,
  );
}
process.exitCode = failed ? 1 : 0;
