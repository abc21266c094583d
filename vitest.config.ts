import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_AUTH_SECRET, TEST_DATABASE_URL } from "./tests/setup/test-database.ts";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Unit and integration tests, against the real SQLite test database.
        resolve: { alias },
        test: {
          name: "node",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/test-database.ts"],
          env: { DATABASE_URL: TEST_DATABASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || TEST_AUTH_SECRET, DEMO_ACCOUNTS: "on" },
          // The CLI tests start tsx several times per test: seconds each when the machine is busy.
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Component tests: a browser-like DOM, no database.
        resolve: { alias },
        test: {
          name: "components",
          include: ["components/**/*.test.tsx", "app/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["tests/setup/components.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
