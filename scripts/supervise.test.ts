import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// npm start between a service manager and the server: a parent process wired exactly as
// scripts/start.ts wires its server child (forwardStopSignals + exitCodeForChild), around a child
// that stands in for the server (on SIGTERM it drains, then exits 143, as `next start` does).

const PARENT = `
import { spawn } from "node:child_process";
import { exitCodeForChild, forwardStopSignals } from ${JSON.stringify(path.resolve("scripts/supervise.ts"))};
const server = spawn(process.execPath, ["-e", process.argv[2]], { stdio: ["ignore", "inherit", "inherit"] });
const forwarded = forwardStopSignals(server);
server.on("spawn", () => console.log("child " + server.pid));
server.on("exit", (code, signal) => {
  const exit = exitCodeForChild(code, signal, forwarded());
  if (exit.message) console.error(exit.message);
  process.exit(exit.code);
});
`;
const DRAINING_SERVER = `process.on("SIGTERM", () => setTimeout(() => { console.log("drained"); process.exit(143); }, 300)); setInterval(() => {}, 1000); console.log("ready");`;

type Run = { parent: ChildProcess; childPid: Promise<number>; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

function runParent(childScript: string): Run {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "supervise-")), "parent.ts");
  fs.writeFileSync(file, PARENT);
  const parent = spawn(process.execPath, ["--import", "tsx", file, childScript], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  parent.stdout!.on("data", (chunk) => (output += chunk));
  parent.stderr!.on("data", (chunk) => (output += chunk));
  const childPid = new Promise<number>((resolve) => {
    const poll = setInterval(() => {
      const found = /child (\d+)/.exec(output);
      if (found && (!childScript.includes('"ready"') || output.includes("ready"))) {
        clearInterval(poll);
        resolve(Number(found[1]));
      }
    }, 20);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => parent.on("exit", (code, signal) => resolve({ code, signal })));
  return { parent, childPid, output: () => output, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm start's server supervision", () => {
  it("exits non-zero, naming the signal, when the server is killed by SIGKILL (as by the OOM killer)", async () => {
    const run = runParent(DRAINING_SERVER);
    process.kill(await run.childPid, "SIGKILL");
    const { code } = await run.exited;
    expect(code).toBe(137);
    expect(run.output()).toMatch(/killed by SIGKILL/);
  });

  it("forwards SIGTERM to the server, waits for it to drain, and exits 0", async () => {
    const run = runParent(DRAINING_SERVER);
    const child = await run.childPid;
    run.parent.kill("SIGTERM");
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(run.output()).toMatch(/drained/);
    expect(alive(child)).toBe(false);
  });

  it("passes on the server's own failing exit code", async () => {
    const run = runParent(`process.exit(3)`);
    expect((await run.exited).code).toBe(3);
  });
});
