// The page security headers, set by proxy.ts with a fresh nonce per response (Next puts the nonce
// on its own scripts when it finds it in the request's CSP). The headers every response gets
// (nosniff, Referrer-Policy, the API's CSP) are in next.config.js.

/**
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic'); no
 * eval outside development (React's dev tools need it). Styles: stylesheets and <style> elements
 * from us or with the nonce; style="" attributes are allowed (style-src-attr), because React
 * renders style props that way and recharts positions its charts with them; CSS in an attribute
 * cannot run script.
 */
export function pageContentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS for a year, once a response went out over https (browsers ignore it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
