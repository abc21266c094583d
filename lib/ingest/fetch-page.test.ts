import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, isPublicAddress } from "./fetch-page";
import { IngestError } from "./ingest-error";
import { ingestLink } from "./index";

const PAGE = "<!DOCTYPE html><html><head><title>Tides</title></head><body><nav><a href='/'>Home</a></nav><article><h1>How tides work</h1><p>The Moon's gravity raises two bulges of water on opposite sides of the Earth, so most coasts see two high tides a day.</p><ul><li>Spring tides follow a full or a new Moon.</li><li>Neap tides follow a quarter Moon.</li></ul></article><footer>© 2025 Tide Times</footer></body></html>";

let server: http.Server;
let base = "";
let port = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/page") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    if (path === "/gzip") return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE));
    if (path === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
    if (path === "/missing") return response.writeHead(404, { "content-type": "text/html" }).end("gone");
    if (path === "/redirect") return response.writeHead(302, { location: "/page" }).end();
    if (path.startsWith("/loop")) return response.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === "/to-localhost") return response.writeHead(302, { location: `http://localhost:${port}/page` }).end();
    if (path === "/to-metadata") return response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/endless") {
      // No content-length: the cap has to be enforced while the body streams in.
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>more</p>".repeat(1000);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on("close", () => clearInterval(timer));
      return;
    }
    if (path === "/big-declared") return response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) }).end();
    if (path === "/slow") return; // never answers
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowedHosts: ["127.0.0.1"] };

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("isPublicAddress", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not-an-ip"])(
    "refuses %s",
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) => expect(isPublicAddress(address)).toBe(true));
});

describe("fetchPage", () => {
  it("refuses loopback, private and link-local targets unless the host is allowed", async () => {
    for (const url of [`${base}/page`, `http://localhost:${port}/page`, "http://10.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"]) {
      const error = await refusal(fetchPage(url, { timeoutMs: 2000 }));
      expect(error.code).toBe("fetch_refused");
      expect(error.message).toMatch(/private or local network address/);
    }
  });

  it("checks every address a name resolves to, not only the literal in the link", async () => {
    // localhost is a name: it is refused after DNS resolution, even though 127.0.0.1 itself is allowed.
    const error = await refusal(fetchPage(`http://localhost:${port}/page`, local));
    expect(error.message).toMatch(/private or local/);
  });

  it("fetches an allowed host, following a redirect and decompressing", async () => {
    expect((await fetchPage(`${base}/page`, local)).html).toBe(PAGE);
    const redirected = await fetchPage(`${base}/redirect`, local);
    expect(redirected).toEqual({ html: PAGE, url: `${base}/page` });
    expect((await fetchPage(`${base}/gzip`, local)).html).toBe(PAGE);
  });

  it("checks each redirect again and limits how many it follows", async () => {
    expect((await refusal(fetchPage(`${base}/to-localhost`, local))).message).toMatch(/private or local/);
    expect((await refusal(fetchPage(`${base}/to-metadata`, local))).message).toMatch(/private or local/);
    expect((await refusal(fetchPage(`${base}/loop`, local))).message).toMatch(/redirects too many times/);
  });

  it("takes only web pages, and says what the link was instead", async () => {
    const error = await refusal(fetchPage(`${base}/pdf`, local));
    expect(error.code).toBe("unsupported");
    expect(error.message).toMatch(/application\/pdf/);
    expect((await refusal(fetchPage(`${base}/missing`, local))).message).toMatch(/HTTP 404/);
    for (const url of ["file:///etc/passwd", "ftp://example.com/", "javascript:alert(1)", "not a url", "http://user:pass@example.com/"]) {
      expect((await refusal(fetchPage(url, local))).code).toBe("fetch_refused");
    }
  });

  it("stops reading at the size cap, declared or streamed", async () => {
    expect((await refusal(fetchPage(`${base}/big-declared`, local))).code).toBe("too_large");
    const streamed = await refusal(fetchPage(`${base}/endless`, { ...local, maxBytes: 200_000 }));
    expect(streamed.code).toBe("too_large");
    expect(streamed.status).toBe(413);
  });

  it("gives up after the timeout", async () => {
    const error = await refusal(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 }));
    expect(error.code).toBe("fetch_failed");
    expect(error.message).toMatch(/did not answer within/);
  });
});

describe("ingestLink", () => {
  it("reads the linked page's article body", async () => {
    const read = await ingestLink(`${base}/page`, local);
    expect(read.format).toBe("html");
    expect(read.text).toBe(
      "# How tides work\n\nThe Moon's gravity raises two bulges of water on opposite sides of the Earth, so most coasts see two high tides a day.\n\n- Spring tides follow a full or a new Moon.\n- Neap tides follow a quarter Moon.",
    );
    expect(read.notices[0]).toBe(`Fetched from ${base}/page.`);
  });
});
