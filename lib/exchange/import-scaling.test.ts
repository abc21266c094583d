import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { previewImport, type TextFormatImportOptions } from "./index";

// Import must be linear in the file's size. The old line numbering rescanned the file from the start
// for every row: 40,000 rows took 31 s where the CSV library itself takes a few tens of milliseconds.
// Each import is compared with the plainest reader of the same file, timed in the same test in CPU
// time (least of several runs), so a busy machine slows both alike.

const ROWS = 40_000;

function rows(format: "csv" | "text" | "anki"): string {
  const lines: string[] = format === "anki" ? ["#separator:tab", "#html:false", "#deck:Scale"] : format === "csv" ? ["Term,Definition"] : [];
  for (let i = 0; i < ROWS; i++) lines.push(format === "csv" ? `term ${i},"definition, number ${i}"` : `term ${i}\tdefinition number ${i}`);
  return lines.join("\n") + "\n";
}

function leastCpuMicros(work: () => void): number {
  let least = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

const baselines = {
  csv: (text: string) => Papa.parse(text, { delimiter: "," }),
  text: (text: string) => text.split("\n").map((line) => line.split("\t")),
  anki: (text: string) => Papa.parse(text, { delimiter: "\t", comments: "#" }),
};

describe("import scaling", () => {
  it.each([
    ["csv", { format: "csv" }],
    ["text", { format: "text" }],
    ["anki", { format: "text" }],
  ] as const)("%s: 40,000 rows cost a small multiple of reading the file plainly", (format, options: TextFormatImportOptions) => {
    const text = rows(format);
    const preview = previewImport(text, options);
    expect(preview.issues).toEqual([]);
    expect(preview.total).toBe(ROWS);
    const ours = leastCpuMicros(() => previewImport(text, options));
    const plain = leastCpuMicros(() => baselines[format](text));
    expect(ours / plain, `${ours} µs against ${plain} µs`).toBeLessThan(40);
  });

  it("numbers the lines of a large file right", () => {
    const preview = previewImport(rows("csv"), { format: "csv" });
    expect(preview.rows.at(-1)).toMatchObject({ line: 201, front: "term 199" });
    expect(previewImport(rows("anki"), { format: "text" }).rows[0]).toMatchObject({ line: 4, front: "term 0" });
  });
});
