import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

// The preload `npm start` gives the server, in a real Node HTTP server on a real socket: a client's
// own X-Forwarded-For is dropped unless TRUST_PROXY says a proxy of ours sets it. (Next.js then
// writes the socket's address only when the header is missing: base-server's `??=`, done here too.)

const preload = pathToFileURL(path.resolve("scripts/trusted-forwarding.mjs")).href;
const server = `
  const http = require("node:http");
  const s = http.createServer((req, res) => {
    req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;
    res.end(JSON.stringify(req.headers));
  }).listen(0, "127.0.0.1", () => console.log(s.address().port));
`;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill();
  child = undefined;
});

async function headersSeenBehind(trustProxy: string | undefined, sent: Record<string, string>): Promise<Record<string, string>> {
  child = spawn(process.execPath, ["--import", preload, "-e", server], { env: { ...process.env, TRUST_PROXY: trustProxy ?? "" } });
  const [port] = (await once(child.stdout!, "data")) as [Buffer];
  const response = await fetch(`http://127.0.0.1:${port.toString().trim()}/`, { headers: sent });
  return (await response.json()) as Record<string, string>;
}

describe("client address", () => {
  it("is the socket's, whatever X-Forwarded-For the client sends, when no proxy is trusted", async () => {
    const seen = await headersSeenBehind(undefined, { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" });
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(clientAddress(seen, 0)).toBe("127.0.0.1");
  });

  it("is the entry our proxy appended when TRUST_PROXY=1, not one the client put before it", async () => {
    const seen = await headersSeenBehind("1", { "x-forwarded-for": "6.6.6.6, 198.51.100.20" });
    expect(clientAddress(seen, 1)).toBe("198.51.100.20");
    expect(clientAddress(seen, 2)).toBe("6.6.6.6");
  });
});
