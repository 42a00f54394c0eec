import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { machineLine, writeSection } from "../results.ts";

/** Vite's build manifest: one entry per source module that became a chunk. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

const web = fileURLToPath(new URL("../../web", import.meta.url));
const BUDGET_KB = 350;

/** The routes users land on, and the page module each one loads. */
const ROUTES: [route: string, page: string][] = [
  ["/sign-in", "src/pages/SignInPage.tsx"],
  ["/ (My day)", "src/pages/DayPage.tsx"],
  ["/customers", "src/pages/CustomersPage.tsx"],
  ["/customers/:id", "src/pages/CustomerPage.tsx"],
  ["/needs", "src/pages/NeedsPage.tsx"],
  ["/visits", "src/pages/VisitsPage.tsx"],
  ["/visits/:id", "src/pages/VisitPage.tsx"],
  ["/visits/plan", "src/pages/PlanPage.tsx"],
  ["/team", "src/pages/TeamPage.tsx"],
  ["/settings", "src/pages/SettingsPage.tsx"],
  ["/admin", "src/pages/AdminPage.tsx"],
];

/** Every chunk a module pulls in before it can run: itself and its static imports, recursively. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/**
 * Initial download per route in a fresh, production build: the entry's chunks plus the page's
 * (lazy) chunk and its imports, each gzipped at level 9 as a server or CDN would send them.
 */
export async function runWebBench(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "rapport-web-bench-"));
  try {
    const vite = join(web, "..", "node_modules", "vite", "bin", "vite.js");
    const build = spawnSync(
      process.execPath,
      [vite, "build", web, "--logLevel", "warn", "--outDir", out, "--emptyOutDir", "--manifest"],
      { stdio: "inherit" },
    );
    if (build.status !== 0) throw new Error("vite build failed");
    const manifest = JSON.parse(readFileSync(join(out, ".vite", "manifest.json"), "utf8"));
    const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
    const rows: string[] = [];
    let worstInitial = 0;
    for (const [route, page] of ROUTES) {
      if (!manifest[page]) throw new Error(`no chunk for ${page}: is the route still lazy?`);
      const chunks = closure(manifest, page, closure(manifest, "index.html"));
      let js = 0;
      let css = 0;
      const cssFiles = new Set<string>();
      for (const key of chunks) {
        js += gz(manifest[key].file);
        for (const c of manifest[key].css ?? []) cssFiles.add(c);
      }
      for (const c of cssFiles) css += gz(c);
      if (route === "/sign-in" || route === "/ (My day)") worstInitial = Math.max(worstInitial, js);
      rows.push(
        `| ${route} | ${chunks.size} | ${(js / 1024).toFixed(1)} | ${(css / 1024).toFixed(1)} |`,
      );
    }
    const body = [
      "## Web app: initial download per route",
      "",
      machineLine("; Vite production build, gzip level 9"),
      "",
      `Budget: ≤ ${BUDGET_KB} KB gzip JavaScript on sign-in and My day. Worst of the two: ` +
        `${(worstInitial / 1024).toFixed(1)} KB — ${worstInitial / 1024 <= BUDGET_KB ? "within" : "OVER"} budget.`,
      "",
      "| Route | JS chunks | JS KB (gzip) | CSS KB (gzip) |",
      "| --- | ---: | ---: | ---: |",
      ...rows,
      "",
      "Counted: the entry's chunks and the route's page chunk with its static imports, as the",
      "browser fetches them on a first visit to that route. Chunks loaded later on demand (Leaflet",
      "once a plan draft is on screen, dialogs) are not counted. `npm run bench -- web` regenerates it.",
    ].join("\n");
    writeSection("web", body);
    process.stdout.write(`${body}\n`);
    if (worstInitial / 1024 > BUDGET_KB) process.exitCode = 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
