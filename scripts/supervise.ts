// How `npm start` stands between a service manager and its server process.
import type { ChildProcess } from "node:child_process";
import os from "node:os";

const STOP_SIGNALS = ["SIGTERM", "SIGINT"] as const;

/**
 * Hands SIGTERM and SIGINT on to the server, which finishes the requests in flight and exits, and
 * keeps this process alive until it has (the caller exits on the child's "exit"). Returns which
 * signal was forwarded, if any, so that a stop we asked for is not reported as a crash.
 */
export function forwardStopSignals(child: ChildProcess): () => NodeJS.Signals | null {
  let forwarded: NodeJS.Signals | null = null;
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      forwarded = signal;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  return () => forwarded;
}

/**
 * The exit status that tells a service manager what happened to the server: its own code when it
 * exited; 128 + the signal's number (as a shell reports it) with the signal named when a signal
 * killed it, so the OOM killer's SIGKILL is a failure, not a clean stop. A SIGTERM/SIGINT that we
 * forwarded and that ended the server is the stop that was asked for: 0, whether the server died
 * of it or, as `next start` does once it has finished its requests, exited with 128 + its number.
 */
export function exitCodeForChild(
  code: number | null,
  signal: NodeJS.Signals | null,
  forwarded: NodeJS.Signals | null,
): { code: number; message?: string } {
  const numberOf = (name: NodeJS.Signals) => os.constants.signals[name] ?? 0;
  if (signal === null) return { code: forwarded && code === 128 + numberOf(forwarded) ? 0 : (code ?? 1) };
  if (signal === forwarded) return { code: 0 };
  const number = numberOf(signal);
  return { code: 128 + number, message: `The server was killed by ${signal}${signal === "SIGKILL" ? " (out of memory, or kill -9)" : ""}.` };
}
