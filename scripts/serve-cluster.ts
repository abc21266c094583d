// `npm run serve:cluster -- [--servers 2] [--port 3400]`: N app servers on DATABASE_URL behind haproxy
// (deploy/haproxy.cfg), the balancer on --port and the servers on the ports after it. Ctrl-C stops all.
// Needs a production build (`npx next build`), NEXTAUTH_SECRET and, in practice, a PostgreSQL DATABASE_URL.
import { startAppCluster } from "./app-cluster";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
  return value;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("set DATABASE_URL (postgresql://...) for the servers to share");
  if (!process.env.NEXTAUTH_SECRET) throw new Error("set NEXTAUTH_SECRET: every server must sign sessions with the same one");
  const cluster = await startAppCluster({ servers: option("servers", 2), port: option("port", 3400), databaseUrl, inheritOutput: true });
  console.log(`Serving ${cluster.servers.length} app servers behind ${cluster.url} (${cluster.servers.map((server) => server.url).join(", ")})`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void cluster.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`serve:cluster failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
