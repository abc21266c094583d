import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const SAMPLE = "lib/exchange/fixtures/sample-set.json";

function runExport(args: string[], input?: string) {
  const result = spawnSync("npx", ["tsx", "scripts/export.ts", ...args], { cwd: ROOT, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}

describe("export CLI", () => {
  it("writes raw zip bytes for apkg and text for gift, reading a file or stdin", () => {
    const apkg = runExport(["apkg", SAMPLE]);
    expect(apkg.status).toBe(0);
    expect(apkg.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    const gift = runExport(["gift", "-"], readFileSync(`${ROOT}${SAMPLE}`, "utf8"));
    expect(gift.status).toBe(0);
    expect(gift.stdout.toString("utf8")).toContain("$CATEGORY:");
  });

  it.each([
    [["pdf", SAMPLE], /^export: unknown format "pdf"; use one of apkg, /],
    [["gift", "missing.json"], /^export: file not found: missing\.json$/],
    [["gift", "package.json"], /^export: not a study set: /],
    [["gift"], /^export: usage: /],
  ])("exits non-zero with one clear line for %j", (args, message) => {
    const result = runExport(args);
    expect(result.status).not.toBe(0);
    expect(result.stdout.length).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it("rejects invalid JSON on stdin", () => {
    const result = runExport(["csv", "-"], "{not json");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toBe("export: stdin is not JSON (expected the generator's output)\n");
  });
});
