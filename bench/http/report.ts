import type { CannonOutcome } from "../customers/cannon-child.ts";

export type Round = { connections: number; rapport: CannonOutcome; bare: CannonOutcome };
export type TargetRounds = { kind: "postgres" | "pglite"; rows: number; rounds: Round[] };

const rps = (o: CannonOutcome) => Math.round(o.reqPerSec).toLocaleString("en-US");
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const ratio = (r: Round) => r.rapport.reqPerSec / r.bare.reqPerSec;

function summary(t: TargetRounds, connections: number): string {
  const ratios = t.rounds.filter((r) => r.connections === connections).map(ratio);
  const lo = Math.min(...ratios).toFixed(2);
  const hi = Math.max(...ratios).toFixed(2);
  return lo === hi ? `${lo}×` : `${lo}–${hi}×`;
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
    `\`GET ${input.path}\` with an admin's API token, ${input.duration} s per run. The bare handler is fastify with no plugins running Rapport's own token-lookup SQL and list SQL (recorded from a real request) through the same driver, answering \`JSON.stringify\` of the rows. Ratio = Rapport's req/s ÷ the bare handler's, run back to back.`,
    "",
  ];
  for (const t of input.targets) {
    const conns = [...new Set(t.rounds.map((r) => r.connections))];
    lines.push(
      `### ${t.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${t.rows.toLocaleString("en-US")} customers`,
      "",
      conns.map((c) => `c=${c}: **${summary(t, c)}**`).join(" · "),
      "",
      "| c | Rapport req/s | p50 ms | p95 ms | bare req/s | p50 ms | p95 ms | ratio |",
      "|--:|--:|--:|--:|--:|--:|--:|--:|",
    );
    for (const r of t.rounds) {
      lines.push(
        `| ${r.connections} | ${rps(r.rapport)} | ${ms(r.rapport.p50)} | ${ms(r.rapport.p95)} | ${rps(r.bare)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${ratio(r).toFixed(2)} |`,
      );
    }
    lines.push("");
  }
  lines.push(...input.notes);
  return lines.join("\n");
}
