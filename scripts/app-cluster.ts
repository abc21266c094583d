// Several app servers (each one `npm start`, i.e. scripts/start.ts) on one database, behind Debian's
// haproxy with deploy/haproxy.cfg. Used by `npm run serve:cluster`, the two-server check and the benches.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type AppServer = { port: number; url: string; process: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };
export type AppCluster = { url: string; servers: AppServer[]; stop: () => Promise<void> };

type ClusterOptions = {
  servers: number;
  databaseUrl: string;
  /** The balancer listens here; app servers on the ports after it. */
  port: number;
  env?: Record<string, string>;
  /** Pass the servers' output through (a person watching) instead of keeping it for errors. */
  inheritOutput?: boolean;
};

export const HAPROXY_CONFIG = path.resolve("deploy/haproxy.cfg");

export function haproxyPath(): string {
  const found = ["/usr/sbin/haproxy", "/usr/bin/haproxy"].find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error("haproxy is not installed: apt-get install haproxy");
  return found;
}

/** deploy/haproxy.cfg with one `server` line per app server (the file itself lists two). */
export function haproxyConfigFor(servers: number): string {
  const config = fs.readFileSync(HAPROXY_CONFIG, "utf8");
  const lines = Array.from({ length: servers }, (_, index) => `    server app${index + 1} "\${APP_SERVER_${index + 1}}" check`);
  return config.replace(/^ {4}server app1 .*\n {4}server app2 .*$/m, lines.join("\n"));
}

export async function waitForHealth(url: string, timeoutMs = 120_000, isUp = (response: Response) => response.ok): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (isUp(await fetch(`${url}/api/health`))) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/api/health did not answer within ${timeoutMs / 1000} s`);
}

function startAppServer(port: number, databaseUrl: string, publicUrl: string, env: Record<string, string>, inheritOutput: boolean): AppServer {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, TRUST_PROXY: "1", ...env, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_URL: publicUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: inheritOutput ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-60_000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-60_000)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { port, url: `http://127.0.0.1:${port}`, process: child, output: () => output, exited };
}

/** SIGTERM, as a service manager stops it; npm start forwards it to the server and waits. */
export async function stopAppServer(server: AppServer): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill("SIGTERM");
  const timeout = setTimeout(() => server.process.kill("SIGKILL"), 20_000);
  const exit = await server.exited;
  clearTimeout(timeout);
  return exit;
}

/**
 * Starts `servers` app servers at the same moment (they migrate and seed once between them, under
 * the startup lock) and haproxy in front of them; resolves once the balancer answers /api/health.
 * Needs a production build (`npx next build`) and, for more than one server, a shared NEXTAUTH_SECRET.
 */
export async function startAppCluster(options: ClusterOptions): Promise<AppCluster> {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  const balancerUrl = `http://127.0.0.1:${options.port}`;
  const env = { ...(options.env ?? {}) };
  const servers = Array.from({ length: options.servers }, (_, index) =>
    startAppServer(options.port + 1 + index, options.databaseUrl, balancerUrl, env, !!options.inheritOutput),
  );
  const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "haproxy-")), "haproxy.cfg");
  fs.writeFileSync(configFile, haproxyConfigFor(options.servers));
  const haproxyEnv: Record<string, string> = { BALANCER_BIND: `127.0.0.1:${options.port}` };
  servers.forEach((server, index) => (haproxyEnv[`APP_SERVER_${index + 1}`] = `127.0.0.1:${server.port}`));
  const check = spawnSync(haproxyPath(), ["-c", "-q", "-f", configFile], { env: { ...process.env, ...haproxyEnv }, encoding: "utf8" });
  if (check.status !== 0) throw new Error(`haproxy refused its configuration: ${check.stderr || check.stdout}`);
  const balancer = spawn(haproxyPath(), ["-db", "-f", configFile], { env: { ...process.env, ...haproxyEnv }, stdio: ["ignore", "ignore", "pipe"] });
  const stop = async () => {
    await Promise.all(servers.map(stopAppServer));
    balancer.kill("SIGTERM");
  };
  try {
    for (const server of servers) {
      await Promise.race([
        waitForHealth(server.url),
        server.exited.then((exit) => Promise.reject(new Error(`app server on ${server.port} exited (${exit.code ?? exit.signal}): ${server.output()}`))),
      ]);
    }
    // Every server is up; wait until haproxy's own health checks have seen them all.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await waitForHealth(balancerUrl, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: balancerUrl, servers, stop };
}
