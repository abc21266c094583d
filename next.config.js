/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "sql.js"],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit, strict) before anything else;
  // checking again inside every build only doubles the build time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
