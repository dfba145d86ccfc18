import { defineConfig } from "vitest/config";

// Three projects: unit tests beside the code (PGlite or no database at all), integration tests
// against a real PostgreSQL server, and end-to-end tests that drive a running server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          globalSetup: ["test/support/global-setup.ts"],
          include: ["src/**/*.test.ts", "test/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts"],
          env: { TZ: "UTC" },
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "unit-other-zone",
          globalSetup: ["test/support/global-setup.ts"],
          include: [
            "src/core/calendar/**/*.test.ts",
            "src/features/consult/core/**/*.test.ts",
            "src/{core,features/*/core}/**/*.policy.test.ts",
          ],
          env: { TZ: "Pacific/Auckland" },
        },
      },
      {
        test: {
          name: "integration",
          globalSetup: ["test/support/global-setup.ts"],
          include: ["src/**/*.int.test.ts", "test/integration/**/*.int.test.ts"],
          env: { TZ: "UTC" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          globalSetup: ["test/support/global-setup.ts"],
          include: ["test/e2e/**/*.e2e.test.ts"],
          env: { TZ: "UTC" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
