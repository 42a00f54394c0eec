// Aggregation and Markdown rendering of benchmark runs (pure, so it can be unit-tested).

export interface RunRecord {
  readonly instance: string;
  readonly seed: number;
  readonly distance: number;
  readonly vehicles: number;
  readonly unassigned: number;
  readonly feasible: boolean;
  readonly ms: number;
  readonly iterations: number;
}

export interface Bks {
  readonly vehicles: number;
  readonly distance: number;
}

export const CLASSES = ["C1", "C2", "R1", "R2", "RC1", "RC2"] as const;

export function classOf(instance: string): string {
  const m = /^(RC|R|C)(\d)/.exec(instance.toUpperCase());
  return m ? `${m[1]}${m[2]}` : "?";
}

export const gapPct = (value: number, bks: number): number => (value / bks - 1) * 100;
const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "–");

interface InstanceSummary {
  readonly instance: string;
  readonly meanGap: number;
  readonly bestGap: number;
  readonly meanVehicles: number;
  readonly meanMs: number;
  readonly allFeasible: boolean;
}

function summarise(runs: readonly RunRecord[], bks: ReadonlyMap<string, Bks>): InstanceSummary[] {
  const by = new Map<string, RunRecord[]>();
  for (const r of runs) by.set(r.instance, [...(by.get(r.instance) ?? []), r]);
  return [...by].map(([instance, rs]) => {
    const ref = bks.get(instance)?.distance ?? Number.NaN;
    const gaps = rs.map((r) => gapPct(r.distance, ref));
    return {
      instance,
      meanGap: mean(gaps),
      bestGap: Math.min(...gaps),
      meanVehicles: mean(rs.map((r) => r.vehicles)),
      meanMs: mean(rs.map((r) => r.ms)),
      allFeasible: rs.every((r) => r.feasible && r.unassigned === 0),
    };
  });
}

/** Markdown for the distance objective: per class and overall, mean over seeds. */
export function renderDistance(runs: readonly RunRecord[], bks: ReadonlyMap<string, Bks>): string {
  const all = summarise(runs, bks);
  const lines = [
    "| class | instances | mean gap % | worst instance (gap %) | at BKS (≤ 0.01 %) | mean time s |",
    "|---|---:|---:|---|---:|---:|",
  ];
  const row = (label: string, xs: InstanceSummary[]): string => {
    const worst = xs.reduce<InstanceSummary | undefined>(
      (w, x) => (w === undefined || x.meanGap > w.meanGap ? x : w),
      undefined,
    );
    const atBks = xs.filter((x) => x.meanGap <= 0.01).length;
    return `| ${label} | ${xs.length} | ${f2(mean(xs.map((x) => x.meanGap)))} | ${
      worst ? `${worst.instance} (${f2(worst.meanGap)})` : "–"
    } | ${atBks} | ${f2(mean(xs.map((x) => x.meanMs)) / 1000)} |`;
  };
  for (const c of CLASSES) {
    const xs = all.filter((x) => classOf(x.instance) === c);
    if (xs.length > 0) lines.push(row(c, xs));
  }
  lines.push(row("**all**", all));
  const infeasible = runs.filter((r) => !r.feasible || r.unassigned > 0).length;
  lines.push(
    "",
    `Runs: ${runs.length}; infeasible or incomplete: ${infeasible}. Gap = distance ÷ BKS − 1, averaged over seeds per instance, then over instances.`,
    "",
    "<details><summary>Per instance (mean gap %, best seed gap %, mean vehicles)</summary>",
    "",
    "| instance | mean gap % | best gap % | vehicles | feasible |",
    "|---|---:|---:|---:|---|",
    ...all.map(
      (x) =>
        `| ${x.instance} | ${f2(x.meanGap)} | ${f2(x.bestGap)} | ${f2(x.meanVehicles)} | ${x.allFeasible ? "yes" : "**no**"} |`,
    ),
    "",
    "</details>",
  );
  return lines.join("\n");
}

/** Markdown for vehicles-first: total vehicles against the hierarchical BKS, then distance. */
export function renderHierarchical(
  runs: readonly RunRecord[],
  bks: ReadonlyMap<string, Bks>,
): string {
  const all = summarise(runs, bks);
  const lines = [
    "| class | instances | vehicles (mean over seeds) | BKS vehicles | distance gap % where vehicles = BKS | mean time s |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  const row = (label: string, xs: InstanceSummary[]): string => {
    const names = new Set(xs.map((x) => x.instance));
    const rs = runs.filter((r) => names.has(r.instance));
    const seeds = new Set(rs.map((r) => r.seed)).size || 1;
    const vehicles = rs.reduce((s, r) => s + r.vehicles, 0) / seeds;
    const ref = xs.reduce((s, x) => s + (bks.get(x.instance)?.vehicles ?? 0), 0);
    const same = rs.filter((r) => r.vehicles === bks.get(r.instance)?.vehicles);
    const gap = mean(
      same.map((r) => gapPct(r.distance, bks.get(r.instance)?.distance ?? Number.NaN)),
    );
    return `| ${label} | ${xs.length} | ${f2(vehicles)} | ${ref} | ${f2(gap)} (${same.length}/${rs.length} runs) | ${f2(
      mean(xs.map((x) => x.meanMs)) / 1000,
    )} |`;
  };
  for (const c of CLASSES) {
    const xs = all.filter((x) => classOf(x.instance) === c);
    if (xs.length > 0) lines.push(row(c, xs));
  }
  lines.push(row("**all**", all));
  const infeasible = runs.filter((r) => !r.feasible || r.unassigned > 0).length;
  lines.push(
    "",
    `Runs: ${runs.length}; infeasible or incomplete: ${infeasible}. BKS total over all 56 instances: 405 vehicles.`,
  );
  return lines.join("\n");
}

const START = "<!-- vrptw:start -->";
const END = "<!-- vrptw:end -->";

/**
 * Replaces one keyed block inside the vrptw section of RESULTS.md, keeping the other blocks
 * (e.g. the 10 s run survives a later 1 s run) and everything outside the section.
 */
export function upsertBlock(file: string, key: string, body: string): string {
  const open = `<!-- vrptw-run:${key} -->`;
  const close = `<!-- /vrptw-run:${key} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  let text = file;
  if (!text.includes(START) || !text.includes(END)) {
    const section = `${START}\n## VRPTW (Solomon, 56 instances)\n\n${END}\n`;
    text =
      text.trim().length === 0
        ? `# Benchmark results\n\n${section}`
        : `${text.trimEnd()}\n\n${section}`;
  }
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  let inner = text.slice(s + START.length, e);
  const bs = inner.indexOf(open);
  const be = inner.indexOf(close);
  if (bs >= 0 && be > bs) {
    inner = inner.slice(0, bs) + block + inner.slice(be + close.length);
  } else {
    inner = `${inner.trimEnd()}\n\n${block}\n`;
  }
  return text.slice(0, s + START.length) + inner + text.slice(e);
}
