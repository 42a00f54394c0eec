// `npm start` runs this first (through scripts/build/main.mjs): build the web app only when
// web/dist is missing or older than its sources, so a fresh clone serves the app and an
// up-to-date one starts at once. `--force` (`npm run build`) builds in any case.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { withLock } from "../scripts/build/lock.mjs";
import { newest } from "../scripts/build/state.mjs";

const web = import.meta.dirname;
const built = join(web, "dist", "index.html");
const sources = newest(
  ["src", "index.html", "vite.config.ts", "../package-lock.json"].map((p) => join(web, p)),
);

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

const status = await withLock(join(web, ".build-lock"), () => {
  // Another builder may have finished while this one waited.
  if (fresh()) return 0;
  console.log("Building the web app (web/dist)…");
  // Build beside dist, then copy in with index.html last: a server already running keeps
  // finding the chunks its pages asked for (hashed names never collide).
  const tmp = join(web, `.dist-${process.pid}`);
  const run = spawnSync(
    process.execPath,
    [vite, "build", web, "--logLevel", "warn", "--outDir", tmp, "--emptyOutDir"],
    { stdio: "inherit" },
  );
  if (run.status === 0) {
    cpSync(tmp, join(web, "dist"), {
      recursive: true,
      filter: (src) => src !== join(tmp, "index.html"),
    });
    cpSync(join(tmp, "index.html"), built);
  }
  rmSync(tmp, { recursive: true, force: true });
  return run.status ?? 1;
});
process.exit(status);
