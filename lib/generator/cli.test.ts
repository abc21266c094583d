import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_PATH, readSample } from "./test-helpers";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "generate-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer) {
  return spawnSync("npx", ["tsx", "scripts/generate.ts", ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
}

function expectCleanFailure(result: ReturnType<typeof run>, message: RegExp) {
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe("scripts/generate.ts", () => {
  it("prints only the study set JSON for a file and the same for stdin", () => {
    const fromFile = run([SAMPLE_PATH]);
    expect(fromFile.status).toBe(0);
    const set = JSON.parse(fromFile.stdout);
    expect(set.flashcards.length).toBeGreaterThan(0);
    const fromStdin = run(["-"], readSample());
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it("fails with one line for missing, empty, binary, huge and unstudiable input", () => {
    const write = (name: string, data: string | Buffer) => {
      const file = path.join(tmp, name);
      writeFileSync(file, data);
      return file;
    };
    expectCleanFailure(run([path.join(tmp, "nope.txt")]), /not found/);
    expectCleanFailure(run([write("empty.txt", "  \n ")]), /empty/);
    expectCleanFailure(run([write("binary.bin", Buffer.from([0, 159, 146, 150, 0, 1, 255]))]), /binary/);
    expectCleanFailure(run([write("huge.txt", "word ".repeat(250_000))]), /1 MB/);
    expectCleanFailure(run([write("plain.txt", "nothing much to see here at all")]), /nothing to study/i);
    expectCleanFailure(run([]), /usage/);
  }, 180_000); // six CLI starts through npx and tsx: seconds each on a busy machine
});
