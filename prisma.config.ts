import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate). The app opens the database through lib/db.ts,
// and migrations run through lib/migrations (see README: the CLI's engine cannot be downloaded here).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/app.db" },
});
