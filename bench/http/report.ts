import type { CannonOutcome } from "../customers/cannon-child.ts";

export type Measured = CannonOutcome & { cpuMsPerRequest: number };
export type Round = { connections: number; rapport: Measured; bare: Measured };
export type TargetRounds = { kind: "postgres" | "pglite"; rows: number; rounds: Round[] };

const rps = (o: CannonOutcome) => Math.round(o.reqPerSec).toLocaleString("en-US");
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const ratio = (r: Round) => r.rapport.reqPerSec / r.bare.reqPerSec;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Over all pairs at one connection count: total throughput ratio, pair ratios, CPU. */
function summary(t: TargetRounds, connections: number): string {
  const pairs = t.rounds.filter((r) => r.connections === connections);
  const sum = (f: (r: Round) => number) => pairs.reduce((n, r) => n + f(r), 0);
  const total = sum((r) => r.rapport.reqPerSec) / sum((r) => r.bare.reqPerSec);
  const ratios = pairs.map(ratio);
  const cpu = (f: (r: Round) => Measured) => median(pairs.map((r) => f(r).cpuMsPerRequest));
  return `c=${connections}: **${total.toFixed(2)}×** (pairs: median ${median(ratios).toFixed(2)}×, ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×); server CPU per request ${cpu((r) => r.rapport).toFixed(2)} ms vs ${cpu((r) => r.bare).toFixed(2)} ms`;
}

export function renderHttpSection(input: {
  machine: string;
  path: string;
  duration: number;
  targets: TargetRounds[];
  notes: string[];
}): string {
  const lines = [
    "## HTTP: Rapport against a bare fastify + driver handler",
    "",
    input.machine,
    "",
    `\`GET ${input.path}\` with an admin's API token, ${input.duration} s per run. The bare handler is fastify with no plugins running Rapport's own token-lookup SQL and list SQL (recorded from a real request) through the same driver, answering \`JSON.stringify\` of the rows. Runs alternate in pairs (Rapport first, then the bare handler first), so drift in the machine's load falls on both; the headline ratio is Rapport's total req/s ÷ the bare handler's over all pairs. "Server CPU per request" is the bench process's CPU time (where both servers run) divided by the responses — steadier than throughput on a shared machine, but it leaves out PostgreSQL's share.`,
    "",
  ];
  for (const t of input.targets) {
    const conns = [...new Set(t.rounds.map((r) => r.connections))];
    lines.push(
      `### ${t.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${t.rows.toLocaleString("en-US")} customers`,
      "",
      ...conns.map((c) => `- ${summary(t, c)}`),
      "",
      "| c | Rapport req/s | p50 ms | p95 ms | CPU ms/req | bare req/s | p50 ms | p95 ms | CPU ms/req | ratio |",
      "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    );
    for (const r of t.rounds) {
      lines.push(
        `| ${r.connections} | ${rps(r.rapport)} | ${ms(r.rapport.p50)} | ${ms(r.rapport.p95)} | ${r.rapport.cpuMsPerRequest.toFixed(2)} | ${rps(r.bare)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${r.bare.cpuMsPerRequest.toFixed(2)} | ${ratio(r).toFixed(2)} |`,
      );
    }
    lines.push("");
  }
  lines.push(...input.notes);
  return lines.join("\n");
}
