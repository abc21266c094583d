// `npm start`: build when there is no production build, migrate and seed the database, serve.
// `npm run dev` (`start.ts dev`): migrate and seed, then the Next.js dev server, with the same env.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { nextBin, nextServerArgs } from "./next-server";
import { prepare } from "./prepare-db";
import { exitCodeForChild, forwardStopSignals } from "./supervise";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dev = process.argv[2] === "dev";

async function main() {
  await prepare();
  if (!dev && !fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: building (takes a few minutes the first time)...");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const server = spawn(process.execPath, nextServerArgs(dev ? "dev" : "start", port), { stdio: "inherit", env: process.env });
  const forwarded = forwardStopSignals(server);
  server.on("exit", (code, signal) => {
    const exit = exitCodeForChild(code, signal, forwarded());
    if (exit.message) console.error(exit.message);
    process.exit(exit.code);
  });
}

main().catch((error: unknown) => {
  console.error(`npm ${dev ? "run dev" : "start"} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
