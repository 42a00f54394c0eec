import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Decision 0018: a module's repository is private. Another module reaches its data through
 * its services or its `x.api.ts`; an api file imports only its own module and `common/`, so it
 * can never close an import cycle. Nothing is allow-listed.
 *
 * Only src/modules is held to it: src/cli, src/jobs and src/http are not modules (the CLI
 * reads users and teams directly; visit-plans queues its job through src/jobs/queue).
 */

const root = resolve(import.meta.dirname, "../..");
const srcDir = join(root, "src");
const modulesDir = join(srcDir, "modules");

type Import = { spec: string; typeOnly: boolean };
type SourceFile = { path: string; source: string };

// Biome formats every import and re-export the same way; the clause between the keyword and
// `from` holds names, braces, commas, `*`, `as` and `type` only, so a match cannot run on into
// code. `import type` and `export type` vanish at run time; `import { type X }` does not
// (verbatimModuleSyntax keeps the import).
const STATIC =
  /^[ \t]*(import|export)[ \t]+(type[ \t]+)?(?:[\w$\s{},*]+?)[ \t\n]*from[ \t]*["']([^"']+)["']/gm;
const BARE = /^[ \t]*import[ \t]*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const m of source.matchAll(STATIC)) found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(BARE)) found.push({ spec: m[1]!, typeOnly: false });
  for (const m of source.matchAll(DYNAMIC)) found.push({ spec: m[1]!, typeOnly: false });
  return found;
}

/** Relative imports of a file, resolved to absolute paths. */
function targetsOf(file: SourceFile): (Import & { target: string })[] {
  return importsOf(file.source)
    .filter((i) => i.spec.startsWith("."))
    .map((i) => ({ ...i, target: resolve(dirname(file.path), i.spec) }));
}

/** The module a path lies in (its folder under src/modules), or null outside src/modules. */
function moduleOf(path: string): string | null {
  const rel = relative(modulesDir, path);
  if (rel.startsWith("..") || !rel.includes(sep)) return null;
  return rel.split(sep)[0]!;
}

const show = (path: string) => relative(root, path).split(sep).join("/");

function boundaryViolations(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const own = moduleOf(file.path);
    if (!own) continue;
    for (const { target } of targetsOf(file)) {
      const other = moduleOf(target);
      if (!other || other === own) continue;
      if (target.endsWith(".repository.ts")) {
        out.push(`${show(file.path)} imports another module's repository ${show(target)}`);
      }
      if (file.path.endsWith(".api.ts") && other !== "common") {
        out.push(`${show(file.path)} is an api file but imports ${show(target)}`);
      }
    }
  }
  return out;
}

/** Import cycles that exist at run time (type-only imports left out), each as a path list. */
function runtimeCycles(files: SourceFile[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    graph.set(
      f.path,
      targetsOf(f)
        .filter((i) => !i.typeOnly)
        .map((i) => i.target),
    );
  }
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") cycles.push(stack.slice(stack.indexOf(next)).map(show));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(dir, f))
    .map((path) => ({ path, source: readFileSync(path, "utf8") }));
}

describe("module boundaries (decision 0018)", () => {
  it("reads every kind of import the code uses", () => {
    const source = [
      'import { a, type B } from "../users/users.repository.ts";',
      "import type {",
      "  C,",
      "  D,",
      '} from "./needs.repository.ts";',
      'import * as e from "../e/e.ts";',
      'export { f } from "./f.ts";',
      'export type { G } from "./g.ts";',
      'import "./side-effect.ts";',
      'const h = await import("../h/h.repository.ts");',
      'const text = "this is not an import from there";',
    ].join("\n");
    expect(importsOf(source)).toEqual([
      { spec: "../users/users.repository.ts", typeOnly: false },
      { spec: "./needs.repository.ts", typeOnly: true },
      { spec: "../e/e.ts", typeOnly: false },
      { spec: "./f.ts", typeOnly: false },
      { spec: "./g.ts", typeOnly: true },
      { spec: "./side-effect.ts", typeOnly: false },
      { spec: "../h/h.repository.ts", typeOnly: false },
    ]);
  });

  it("catches a module importing another module's repository, even for a type", () => {
    const at = (path: string) => join(modulesDir, path);
    const files: SourceFile[] = [
      {
        path: at("visits/visits.service.ts"),
        source: [
          'import { findNeed } from "../needs/needs.repository.ts";',
          'import type { UserRow } from "../users/users.repository.ts";',
          'import { findVisit } from "./visits.repository.ts";',
          'import { needById } from "../needs/needs.api.ts";',
        ].join("\n"),
      },
      {
        path: at("needs/needs.api.ts"),
        source: [
          'import { findNeed } from "./needs.repository.ts";',
          'import type { DbContext } from "../common/context.ts";',
          'import { getCustomer } from "../customers/customers.service.ts";',
        ].join("\n"),
      },
    ];
    expect(boundaryViolations(files)).toEqual([
      "src/modules/visits/visits.service.ts imports another module's repository src/modules/needs/needs.repository.ts",
      "src/modules/visits/visits.service.ts imports another module's repository src/modules/users/users.repository.ts",
      "src/modules/needs/needs.api.ts is an api file but imports src/modules/customers/customers.service.ts",
    ]);
  });

  it("holds in src/modules: no module imports another's repository; api files stay leaves", () => {
    const files = sourceFiles(modulesDir);
    expect(files.length).toBeGreaterThan(100);
    expect(boundaryViolations(files)).toEqual([]);
  });

  it("leaves no import cycle in src that exists at run time", () => {
    expect(
      runtimeCycles([
        { path: join(srcDir, "a.ts"), source: 'import { b } from "./b.ts";' },
        { path: join(srcDir, "b.ts"), source: 'import { a } from "./a.ts";' },
        { path: join(srcDir, "c.ts"), source: 'import type { a } from "./a.ts";' },
      ]),
    ).toEqual([["src/a.ts", "src/b.ts"]]);
    expect(runtimeCycles(sourceFiles(srcDir))).toEqual([]);
  });
});
