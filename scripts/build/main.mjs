// `npm run build`: compile the server into dist/ (tsc with tsconfig.build.json) and build the
// web app into web/dist (vite). With `--if-stale` (npm start's prestart) each part is built only
// when it is missing or older than its sources, so `npm install && npm start` works on a fresh
// clone and later starts begin at once. A production install (`npm ci --omit=dev` after a
// build) has neither compiler: there the existing builds are used as they are. `--server-only`
// leaves the web app alone (the test run's setup, which builds the web app only for browser tests).
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { withLock } from "./lock.mjs";
import { root, serverBuildFresh, serverEntry } from "./state.mjs";

const ifStale = process.argv.includes("--if-stale");
const serverOnly = process.argv.includes("--server-only");
const dist = join(root, "dist");

async function buildServer() {
  if (ifStale && serverBuildFresh()) return 0;
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    if (ifStale && existsSync(serverEntry)) return 0;
    console.error(
      "Compiling the server needs TypeScript, a dev dependency: run `npm ci` (without " +
        "--omit=dev) and `npm run build`, then `npm ci --omit=dev` if you want a lean install.",
    );
    return 1;
  }
  return withLock(join(root, ".build-lock"), () => {
    if (ifStale && serverBuildFresh()) return 0;
    console.log("Compiling the server (dist/)…");
    const tmp = join(root, `.dist-${process.pid}`);
    const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", tmp], {
      cwd: root,
      stdio: "inherit",
    });
    if (run.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      return run.status ?? 1;
    }
    // Swapped in whole: a half-written dist/ is never run.
    const old = join(root, `.dist-old-${process.pid}`);
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(tmp, dist);
    rmSync(old, { recursive: true, force: true });
    return 0;
  });
}

function buildWeb() {
  const args = [join(root, "web", "build-if-stale.mjs"), ...(ifStale ? [] : ["--force"])];
  return spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1;
}

const server = await buildServer();
process.exit(server === 0 && !serverOnly ? buildWeb() : server);
