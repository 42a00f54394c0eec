// `npm start` runs this first (through scripts/build/main.mjs): build the web app only when
// web/dist is missing or older than its sources, so a fresh clone serves the app and an
// up-to-date one starts at once. `--force` (`npm run build`) builds in any case.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const web = import.meta.dirname;
const built = join(web, "dist", "index.html");

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const inputs = [
  join(web, "src"),
  join(web, "index.html"),
  join(web, "vite.config.ts"),
  join(web, "..", "package-lock.json"),
].filter((p) => existsSync(p));
const sources = Math.max(...inputs.map(newest));

const force = process.argv.includes("--force");
const fresh = () => !force && existsSync(built) && statSync(built).mtimeMs >= sources;
if (fresh()) process.exit(0);
const vite = join(web, "..", "node_modules", "vite", "bin", "vite.js");
if (!existsSync(vite)) {
  // A production install (`npm ci --omit=dev`) has no vite: serve the build it was made with.
  if (!force && existsSync(built)) process.exit(0);
  console.error(
    "Building the web app needs vite, a dev dependency: run `npm ci` (without --omit=dev) " +
      "and `npm run build`.",
  );
  process.exit(1);
}

// Several test runs (or a test run and `npm start`) may ask at once: one builds, the others
// wait for it. A lock older than five minutes is left over from a killed build.
const lock = join(web, ".build-lock");
const waitUntil = Date.now() + 300_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() > waitUntil || Date.now() - statSync(lock).mtimeMs > 300_000) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
let status = 0;
try {
  if (!fresh()) {
    console.log("Building the web app (web/dist)…");
    // Build beside dist, then copy in with index.html last: a server already running keeps
    // finding the chunks its pages asked for (hashed names never collide).
    const tmp = join(web, `.dist-${process.pid}`);
    const run = spawnSync(
      process.execPath,
      [vite, "build", web, "--logLevel", "warn", "--outDir", tmp, "--emptyOutDir"],
      { stdio: "inherit" },
    );
    status = run.status ?? 1;
    if (status === 0) {
      cpSync(tmp, join(web, "dist"), {
        recursive: true,
        filter: (src) => src !== join(tmp, "index.html"),
      });
      cpSync(join(tmp, "index.html"), built);
    }
    rmSync(tmp, { recursive: true, force: true });
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}
process.exit(status);
