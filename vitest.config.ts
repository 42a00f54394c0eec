import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Web component tests opt into jsdom per file (`// @vitest-environment jsdom`).
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/setup/fast-check.ts"],
    globalSetup: ["test/setup/web-build.ts"],
    testTimeout: 30_000,
    // Browser tests poll the page; on a loaded 2-core CI machine a redraw can take seconds.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    pool: "forks",
  },
});
