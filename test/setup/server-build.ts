import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/**
 * Vitest global setup: compiles the server into dist/ when it is older than src/ (the build of
 * decision 0009), before any test file starts. The tests that spawn `bin/rapport.js` — the
 * CLI, `serve`, the browser tests' server — then run the compiled server, as production does,
 * instead of loading every module through tsx in each of their fifty-odd processes. Built here
 * because dist/ is swapped in whole: a process starting during the swap would find none.
 * If compiling fails (a type error in progress), dist/ stays stale and bin/rapport.js runs the
 * sources through tsx, as it does in development.
 */
export default function setup(): void {
  const build = spawnSync(
    process.execPath,
    [join(root, "scripts", "build", "main.mjs"), "--if-stale", "--server-only"],
    { stdio: "inherit" },
  );
  if (build.status !== 0) {
    console.warn("Compiling the server failed: the tests' processes run the sources (tsx).");
  }
}
