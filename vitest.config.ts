import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_DATABASE_URL } from "./tests/setup/test-database.ts";

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
          env: { DATABASE_URL: TEST_DATABASE_URL, DEMO_ACCOUNTS: "on" },
          testTimeout: 30_000,
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
