import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/client.ts";
import { buildServer } from "../../src/http/server.ts";
import { auth, mintTokens } from "../customers/cases.ts";
import { timeHttp } from "../customers/http.ts";
import { openTarget, type Target } from "../customers/load.ts";
import { machineLine, writeSection } from "../results.ts";
import { type HttpArgs, parseHttpArgs } from "./args.ts";
import { type BareSql, startBare } from "./bare.ts";
import { captureSql } from "./capture.ts";
import { type Round, renderHttpSection, type TargetRounds } from "./report.ts";

const PATH = "/api/v1/customers?limit=50";
const log = (s: string) => process.stderr.write(`[http] ${s}\n`);

function baseUrl(app: FastifyInstance): string {
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * One autocannon run, with the CPU time this process (where the server runs) spent on it:
 * on a shared machine throughput swings with the neighbours' load, CPU per request much less.
 */
async function measure(url: string, connections: number, duration: number, token: string) {
  const before = process.cpuUsage();
  const outcome = await timeHttp({
    url,
    paths: [PATH],
    connections,
    duration,
    headers: auth(token),
  });
  const cpu = process.cpuUsage(before);
  return { ...outcome, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, outcome.n) };
}

async function benchTarget(args: HttpArgs, kind: "postgres" | "pglite"): Promise<TargetRounds> {
  const target: Target =
    kind === "postgres"
      ? { kind, url: args.pgUrl, database: args.pgDatabase, reuse: true }
      : { kind };
  const loaded = await openTarget(target, args.rows, log);
  const database: Database = loaded.database;
  const config = loadConfig({ LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1" });
  const rapport = await buildServer({ database, config });
  let bare: FastifyInstance | null = null;
  try {
    await rapport.listen({ host: "127.0.0.1", port: 0 });
    const tokens = await mintTokens(database);
    // The SQL of one real request, recorded at the driver with a token never used before,
    // so the bare handler replays Rapport's own credential lookup and list query.
    const sql: BareSql = await captureSql(rapport, database, PATH, tokens.admin);
    bare = await startBare(database, sql);
    const servers = { rapport: baseUrl(rapport), bare: baseUrl(bare) };
    // Untimed warm-up: JIT, serializer compilation, the database's caches.
    for (const url of Object.values(servers)) await measure(url, 10, 2, tokens.admin);
    const rounds: Round[] = [];
    for (const c of args.connections) {
      for (let r = 0; r < args.rounds; r++) {
        // Short runs, alternating which goes first, so drift in the machine's load falls on
        // both alike.
        const first = r % 2 === 0 ? "rapport" : "bare";
        const a = await measure(servers[first], c, args.duration, tokens.admin);
        const b = await measure(
          servers[first === "rapport" ? "bare" : "rapport"],
          c,
          args.duration,
          tokens.admin,
        );
        const [ours, theirs] = first === "rapport" ? [a, b] : [b, a];
        for (const o of [ours, theirs]) {
          if (o.non2xx || o.errors) throw new Error(`${o.non2xx} non-2xx, ${o.errors} errors`);
        }
        log(
          `${kind} c=${c} pair ${r + 1}: rapport ${Math.round(ours.reqPerSec)} req/s p95 ${ours.p95.toFixed(1)} ms ${ours.cpuMsPerRequest.toFixed(2)} cpu-ms/req | bare ${Math.round(theirs.reqPerSec)} req/s p95 ${theirs.p95.toFixed(1)} ms ${theirs.cpuMsPerRequest.toFixed(2)} cpu-ms/req | ${(ours.reqPerSec / theirs.reqPerSec).toFixed(2)}×`,
        );
        rounds.push({ connections: c, rapport: ours, bare: theirs });
      }
    }
    return { kind, rows: args.rows, rounds };
  } finally {
    await bare?.close();
    await rapport.close();
    await database.close();
    await loaded.cleanup();
  }
}

export async function runHttpBench(argv: string[]): Promise<void> {
  const args = parseHttpArgs(argv);
  const loadBefore = loadavg()[0]!;
  const targets: TargetRounds[] = [];
  for (const kind of args.targets) targets.push(await benchTarget(args, kind));
  const section = renderHttpSection({
    machine: machineLine(),
    path: PATH,
    duration: args.duration,
    targets,
    notes: [
      `- Both servers run in the bench process, one at a time; autocannon runs in its own process. PostgreSQL, the servers and autocannon share the machine's ${cpus().length} cores with whatever else runs on the host.`,
      `- 1-minute load average: ${loadBefore.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end.`,
    ],
  });
  if (args.write) {
    writeSection("http", section);
    log("wrote bench/RESULTS.md");
  } else {
    process.stdout.write(`${section}\n`);
  }
}
