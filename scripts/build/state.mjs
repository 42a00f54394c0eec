// Whether dist/ (the compiled server) is up to date with what it is built from. Shared by
// bin/rapport.js (run dist/ or the sources?) and scripts/build/main.mjs (build or skip?).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
export const serverEntry = join(root, "dist", "cli", "main.js");

/** The newest modification time under the given files and folders (0 when none exist). */
export function newest(paths) {
  let max = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const s = statSync(path);
    if (!s.isDirectory()) {
      max = Math.max(max, s.mtimeMs);
      continue;
    }
    max = Math.max(max, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return max;
}

const serverInputs = ["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((p) =>
  join(root, p),
);

/** dist/ exists and was built after the last change to the server's sources. */
export function serverBuildFresh() {
  return existsSync(serverEntry) && statSync(serverEntry).mtimeMs >= newest(serverInputs);
}
