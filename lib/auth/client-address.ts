// Which address a request came from, for the per-client rate limits.
//
// Next.js writes the socket's address into X-Forwarded-For, but only when the request has none, so
// a client could name any address it liked. scripts/trusted-forwarding.mjs, preloaded into the
// server by `npm start`, therefore drops the X-Forwarded-* headers a client sends unless TRUST_PROXY
// says how many proxies of our own stand in front (each appends the address it saw). The client is
// then the entry that many places from the right, which no client can forge.

/** How many reverse proxies of ours stand in front of the app: TRUST_PROXY=1 (or "on"), 2, ...; 0 when unset. */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  const setting = (value ?? "").trim().toLowerCase();
  if (setting === "" || setting === "off" || setting === "false" || setting === "0") return 0;
  if (setting === "on" || setting === "true") return 1;
  const hops = Number(setting);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The client's address, or "unknown" when the server was not told one. */
export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string {
  const entries = (headerOf(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // With no proxy trusted, the only entry is the socket's address that Next.js wrote.
  const address = entries[entries.length - Math.max(1, hops)];
  return address ? address.slice(0, 64) : "unknown";
}
