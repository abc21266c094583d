/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The article readers (PDF, Word, web pages) load their own workers and optional modules at run time: kept out of the bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "sql.js",
    "unpdf",
    "mammoth",
    "linkedom",
    "@mozilla/readability",
  ],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit, strict) before anything else;
  // checking again inside every build only doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // Every response; pages also get a CSP with a nonce and, over https, HSTS (proxy.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
      // JSON and downloads are never documents to run anything in.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
