import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

function run(file: string) {
  return spawnSync("npx", ["tsx", "scripts/generate.ts", file], { cwd: root, encoding: "utf8", timeout: 110_000 });
}

// Each case starts tsx in a fresh process: seconds on a busy machine, so a generous timeout.
describe("npm run generate on every format", { timeout: 120_000 }, () => {
  it.each([
    ["a Word file", "school-gardens.docx", "School Gardens and What Pupils Eat"],
    ["a PDF", "glacier-retreat.pdf", "Why Alpine Glaciers Are Shrinking Faster"],
    ["a saved web page", "night-trains-saved-page.html", "Night trains are back in Europe. Can they last?"],
  ])("prints the study set of %s", (_label, name, title) => {
    const result = run(fixture(name));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const set = JSON.parse(result.stdout) as { title: string; questions: { material: string }[] };
    expect(set.title).toBe(title);
    expect(set.questions.some((q) => q.material === "table")).toBe(true);
  });

  it.each([
    ["scanned", "glacier-retreat-scanned.pdf", /no text layer/],
    ["password-protected", "glacier-retreat-locked.pdf", /password/],
    ["truncated", "school-gardens-truncated.docx", /damaged/],
    ["zip bomb", "zip-bomb.docx", /zip bomb/],
  ])("refuses a %s file with one line naming the problem", (_label, name, message) => {
    const result = run(fixture(name));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
