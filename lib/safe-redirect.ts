// Only same-site paths: a callbackUrl must never send a user to another site. Browsers read `/\host`
// and `/<tab>/host` as `//host` (another host), so a value is parsed as a browser would and kept
// only when it stays on our origin, and then only as its path, query and fragment.

const PROBE_ORIGIN = "http://same-origin.invalid";

/** A path on this site for `value`, or null when it could lead elsewhere. */
function sameSitePath(value: string): string | null {
  // Backslashes, control characters and whitespace have no place in our own links; browsers
  // drop or rewrite several of them when resolving a URL.
  if (!value.startsWith("/") || /[\\\u0000-\u0020\u007f-\u009f]/.test(value)) return null;
  let decoded = value;
  for (let round = 0; round < 3; round++) {
    // An encoded `//` or `\`, as in `/%2F%2Fhost`, must not become a host after one more decoding.
    if (/^\/[/\\]/.test(decoded) || /[\\\u0000-\u001f]/.test(decoded)) return null;
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      return null;
    }
  }
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? null : path;
}

export function safeLocalPath(value: string | string[] | undefined, fallback = "/"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return (candidate && sameSitePath(candidate)) ?? fallback;
}

/** next-auth's redirect callback: absolute URLs on our own origin, or our own paths; anything else goes home. */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let path: string | null = null;
  if (url.startsWith("/")) path = sameSitePath(url);
  else {
    try {
      const absolute = new URL(url);
      if (absolute.origin === base.origin) path = sameSitePath(`${absolute.pathname}${absolute.search}${absolute.hash}`);
    } catch {
      path = null;
    }
  }
  return `${base.origin}${path ?? "/"}`;
}
