import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Web component tests opt into jsdom per file (`// @vitest-environment jsdom`).
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/setup/fast-check.ts", "test/setup/testing-library.ts"],
    // Once per run, before any test file: the migrated database every test database is copied
    // from, the compiled server the spawned `rapport` processes run, the web app for browsers.
    globalSetup: [
      "test/setup/test-databases.ts",
      "test/setup/server-build.ts",
      "test/setup/web-build.ts",
    ],
    testTimeout: 30_000,
    // Browser tests poll the page; on a loaded 2-core CI machine a redraw can take seconds.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine,
    // which leaves the second core idle while a file waits on its database, server or child
    // processes. Two at least (docs/decisions/0012).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
