// `npm start` runs this first: build the web app only when web/dist is missing or older than
// its sources, so a fresh clone serves the app and an up-to-date one starts at once.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
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

if (existsSync(built) && statSync(built).mtimeMs >= sources) process.exit(0);

console.log("Building the web app (web/dist)…");
const vite = join(web, "..", "node_modules", "vite", "bin", "vite.js");
const run = spawnSync(process.execPath, [vite, "build", web, "--logLevel", "warn"], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
