import { trustedProxyHops } from "@/lib/auth/client-address";
import { HttpError } from "@/lib/errors";

// Cross-site writes. A page on another site can make the browser POST here with the user's cookies
// (a form, or fetch with a "simple" content type needing no preflight); SameSite=Lax is the only
// other thing in the way. Browsers say where a request comes from in Sec-Fetch-Site and Origin,
// which no page can forge, so a write whose headers name another site is refused, and a JSON body
// must say it is JSON (a cross-site form cannot send application/json without a CORS preflight,
// which this app never grants). Clients that send neither header (curl, scripts) are no CSRF risk.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The hosts our own pages are served from: the public address, and the Host this request was sent to. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const publicUrl = process.env.NEXTAUTH_URL;
  if (publicUrl) {
    try {
      hosts.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // A malformed NEXTAUTH_URL fails sign-in loudly elsewhere; here it adds nothing.
    }
  }
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  // Behind a trusted proxy the Host may be the proxy's own; the one the browser used is forwarded.
  const forwarded = trustedProxyHops() > 0 ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  if (forwarded) hosts.add(forwarded.toLowerCase());
  return hosts;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Throws 403 for a state-changing request that a browser says came from another site. */
export function refuseCrossSite(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new HttpError(403, "This request came from another site and was refused.");
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = originHost(origin);
  if (!host || !ownHosts(request).has(host)) throw new HttpError(403, "This request came from another site and was refused.");
}

/** Throws 415 unless the request says its body is JSON. */
export function requireJsonBody(request: Request): void {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new HttpError(415, "Send the body as JSON (Content-Type: application/json).");
}
