import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and `migrate deploy` / `migrate resolve` on a machine that can
// download Prisma's engines). The app opens the database through lib/db.ts, and migrations run through
// lib/migrations (see README: the CLI's engine cannot be downloaded here). A postgresql:// DATABASE_URL
// picks the PostgreSQL schema and migrations (generated from prisma/schema.prisma).
const url = process.env.DATABASE_URL ?? "file:./data/app.db";
const postgresql = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig({
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgresql ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
