#!/usr/bin/env node
// Runs the compiled CLI (dist/, from `npm run build`) when it is up to date with src/.
// Otherwise, in a development checkout, the TypeScript sources through tsx's loader. A
// production install (`npm ci --omit=dev` after a build) has no tsx: it runs dist/ as it is.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { serverBuildFresh, serverEntry } from "../scripts/build/state.mjs";

const compiled = pathToFileURL(serverEntry).href;
if (serverBuildFresh()) {
  await import(compiled);
} else {
  const tsx = await import("tsx/esm/api").catch(() => null);
  if (tsx) {
    tsx.register();
    await import("../src/cli/main.ts");
  } else if (existsSync(serverEntry)) {
    await import(compiled);
  } else {
    process.stderr.write(
      "rapport: there is no build in dist/ and no tsx to run the sources: " +
        "run `npm ci` and `npm run build` first.\n",
    );
    process.exit(1);
  }
}
