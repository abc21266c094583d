// What the app benches (bench:answers, bench:classroom) share: command-line options, the machine line, helpers.
import net from "node:net";
import os from "node:os";

export type BenchOptions = {
  database: "sqlite" | "postgresql";
  /** App servers behind haproxy (PostgreSQL only: SQLite is one process on one file). */
  servers: number;
  /** bench:classroom: the class size, and whether to step it up to the largest that meets the targets. */
  students: number;
  findMax: boolean;
};

const DEFAULTS: BenchOptions = { database: "sqlite", servers: 1, students: 300, findMax: false };

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} takes a whole number from ${min} to ${max}`);
  }
  return value;
}

/** `--database sqlite|postgresql`, `--servers N`, `--students N`, `--find-max`; anything else is refused. */
export function parseBenchOptions(argv: string[], allowed: readonly (keyof BenchOptions)[]): BenchOptions {
  const options = { ...DEFAULTS };
  const flagName = (key: keyof BenchOptions) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const key = allowed.find((candidate) => `--${flagName(candidate)}` === flag);
    if (!key) throw new Error(`unknown option ${argv[index]} (this bench takes ${allowed.map((k) => `--${flagName(k)}`).join(", ")})`);
    if (key === "findMax") {
      options.findMax = true;
      continue;
    }
    const value = inline ?? argv[++index];
    if (key === "database") {
      if (value !== "sqlite" && value !== "postgresql") throw new Error("--database takes sqlite or postgresql");
      options.database = value;
    } else if (key === "servers") {
      options.servers = wholeNumber("servers", value, 1, 16);
    } else {
      options.students = wholeNumber("students", value, 1, 5_000);
    }
  }
  if (options.servers > 1 && options.database !== "postgresql") throw new Error("--servers above 1 needs --database postgresql (SQLite is one process on one file)");
  return options;
}

/**
 * The PostgreSQL database a bench may empty: BENCH_DATABASE_URL, never DATABASE_URL (which may be
 * someone's real data).
 */
export function benchPostgresUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.BENCH_DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      "--database postgresql needs BENCH_DATABASE_URL, a PostgreSQL database the bench may empty, e.g. " +
        "BENCH_DATABASE_URL=$(scripts/pg-cluster.sh start data/bench-pg 55431)",
    );
  }
  return url;
}

/** The machine's load while the bench ran, for a reader to judge the figures by. */
export function loadLine(): string {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  const cores = os.availableParallelism();
  return `Machine load: load average ${one} / ${five} / ${fifteen} (1, 5, 15 min) on ${cores} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `work` over `items`, `size` at a time (sign-ins: each costs the server a bcrypt comparison). */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}
