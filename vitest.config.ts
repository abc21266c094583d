import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_AUTH_SECRET, TEST_DATABASE_URL } from "./tests/setup/test-database.ts";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    globalSetup: ["tests/setup/test-database.ts"],
    env: { DATABASE_URL: TEST_DATABASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || TEST_AUTH_SECRET, DEMO_ACCOUNTS: "on" },
    // The CLI tests start tsx several times per test: seconds each when the machine is busy.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
