// Preloaded into the Next.js server (node --import, see scripts/next-server.ts). Unless TRUST_PROXY
// names proxies of our own in front, X-Forwarded-* headers come from the client itself: drop them
// before Next.js reads the request, so it writes the socket's own address and protocol instead and
// per-client rate limits (lib/auth/client-address.ts) count the real client.
import http from "node:http";

const setting = (process.env.TRUST_PROXY ?? "").trim().toLowerCase();
const trusted = !["", "off", "false", "0"].includes(setting);
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

if (!trusted) {
  const createServer = http.createServer;
  http.createServer = function createServerWithoutForwarding(...args) {
    const index = args.findIndex((arg) => typeof arg === "function");
    if (index >= 0) {
      const listener = args[index];
      args[index] = function dropForwarding(request, response) {
        for (const name of FORWARDED) delete request.headers[name];
        return listener.call(this, request, response);
      };
    }
    return createServer.apply(this, args);
  };
}
