/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The article readers (PDF, Word, web pages) load their own workers and optional modules at run time: kept out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "sql.js", "unpdf", "mammoth", "linkedom", "@mozilla/readability"],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit, strict) before anything else;
  // checking again inside every build only doubles the build time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
