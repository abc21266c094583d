// How `npm start` and `npm run bench:answers` launch the Next.js server, so the benchmark measures
// the process users get.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const nextBin = path.resolve("node_modules/next/dist/bin/next");

/**
 * A larger young generation for the production server: every request allocates a few hundred KB
 * of short-lived objects (Next's request wrappers, streams), and with V8's default 16 MB semi-space
 * the scavenger ran often enough to take about 11% of the server's CPU at 500 grades/s; with 64 MB,
 * about 6% (CPU profiles during bench:answers). It only grows that large under load.
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

/** Drops client-sent X-Forwarded-* headers unless TRUST_PROXY says a proxy of ours sets them (see the file). */
const TRUSTED_FORWARDING = ["--import", pathToFileURL(path.resolve("scripts/trusted-forwarding.mjs")).href];

/** Arguments for `node` to run `next <command>` (start or dev) with the server's V8 flags. */
export function nextServerArgs(command: "start" | "dev", port: string, host?: string): string[] {
  return [...(command === "start" ? SERVER_NODE_FLAGS : []), ...TRUSTED_FORWARDING, nextBin, command, ...(host ? ["-H", host] : []), "-p", port];
}

/** Benchmarks time the production build: build it first when there is none (not part of the timed runs). */
export function ensureProductionBuild(): void {
  if (fs.existsSync(".next/BUILD_ID")) return;
  console.log("No production build: running `next build` first (not part of the timed runs)...");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
