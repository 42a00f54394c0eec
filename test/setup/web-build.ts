import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { browserTestsEnabled, root } from "../e2e/harness.ts";

/**
 * Vitest global setup: builds web/dist once, before any browser test file starts, so that
 * parallel test files never build (and overwrite) it at the same time. Instant when up to date.
 */
export default function setup(): void {
  if (!browserTestsEnabled) return;
  const build = spawnSync(process.execPath, [join(root, "web", "build-if-stale.mjs")], {
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("building the web app failed");
}
