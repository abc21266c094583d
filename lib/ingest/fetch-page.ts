// Fetches a web page a teacher linked to, without letting the link reach inside our own network:
// only http(s), only public addresses (every address a name resolves to is checked, and the
// connection goes to the checked address), a few redirects each checked again, an overall timeout,
// text/html only, and a size cap counted while the body streams in (after decompression).

import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import ipaddr from "ipaddr.js";
import { IngestError } from "./ingest-error";

export type FetchPageOptions = {
  /** Host names (or IP literals) that may be fetched even on private or loopback addresses. */
  allowedHosts?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

export type FetchedPage = { html: string; url: string };

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_REDIRECTS = 3;

/** Only globally routable unicast addresses: no private, loopback, link-local, CGNAT, multicast or reserved ranges. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

const refused = (message: string) => new IngestError("fetch_refused", message);
const PRIVATE = "That link points to a private or local network address, which is not fetched. Use a public web address.";

function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw refused("That is not a web address. Paste a link that starts with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refused("Only http:// and https:// links can be fetched.");
  if (url.username || url.password) throw refused("Links with a user name or password in them are not fetched.");
  return url;
}

function hostAllowed(url: URL, allowed: string[]): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return allowed.some((entry) => entry.toLowerCase() === host || entry.toLowerCase() === url.host.toLowerCase());
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses names resolving to any non-public address, used as the socket's lookup. */
function guardedLookup(allowed: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, "");
      if (!addresses.length) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "");
      if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) return callback(refused(PRIVATE), "");
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function charsetOf(contentType: string, head: Buffer): string {
  const declared = contentType.match(/charset\s*=\s*"?([\w-]+)/i)?.[1];
  const meta = head.toString("latin1").match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
  for (const label of [declared, meta]) {
    if (!label) continue;
    try {
      new TextDecoder(label);
      return label;
    } catch {
      // An unknown label: try the next, then UTF-8.
    }
  }
  return "utf-8";
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

function request(url: URL, allowed: boolean, signal: AbortSignal): Promise<http.IncomingMessage> {
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // A literal address never goes through lookup, so it is checked here.
  if (net.isIP(literal) && !allowed && !isPublicAddress(literal)) return Promise.reject(refused(PRIVATE));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(
      url,
      {
        lookup: guardedLookup(allowed) as unknown as net.LookupFunction,
        signal,
        headers: {
          "user-agent": "StudyFromArticles/1.0 (link import)",
          accept: "text/html,application/xhtml+xml;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    outgoing.on("error", reject);
  });
}

async function readCapped(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    throw new IngestError("too_large", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not read.`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded(response)) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw new IngestError("too_large", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not read.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function failure(error: unknown, signal: AbortSignal, timeoutMs: number): IngestError {
  if (error instanceof IngestError) return error;
  if (signal.aborted) return new IngestError("fetch_failed", `The page did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new IngestError("fetch_failed", "That web address could not be found. Check the link.");
  return new IngestError("fetch_failed", "The page could not be fetched. Check the link, or save the page and upload it.");
}

export async function fetchPage(rawUrl: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const allowedHosts = options.allowedHosts ?? [];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = checkedUrl(rawUrl);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, hostAllowed(url, allowedHosts), controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= (options.maxRedirects ?? DEFAULT_REDIRECTS)) throw refused("That link redirects too many times.");
        url = checkedUrl(response.headers.location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new IngestError("fetch_failed", `The page answered with HTTP ${status}, so there was nothing to read.`);
      }
      const contentType = String(response.headers["content-type"] ?? "");
      if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
        response.resume();
        const kind = contentType.split(";")[0].trim() || "an unknown type";
        throw new IngestError("unsupported", `That link is not a web page (it is ${kind}). Download the file and upload it instead.`);
      }
      const body = await readCapped(response, maxBytes);
      const html = new TextDecoder(charsetOf(contentType, body.subarray(0, 2048))).decode(body);
      return { html, url: url.toString() };
    }
  } catch (error) {
    throw failure(error, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
