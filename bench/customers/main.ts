import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/client.ts";
import { buildServer } from "../../src/http/server.ts";
import { writeSection } from "../results.ts";
import { type BenchArgs, parseArgs } from "./args.ts";
import {
  auth,
  benchCases,
  captureQueries,
  mintTokens,
  rowsReturned,
  sampleIds,
  samplePhone,
} from "./cases.ts";
import { timeHttp } from "./http.ts";
import { openTarget, type Target } from "./load.ts";
import { timeRaw } from "./raw.ts";
import { type CaseResult, renderSection, type TargetResult } from "./report.ts";

const RESULTS = fileURLToPath(new URL("../RESULTS.md", import.meta.url));

const log = (s: string) => process.stderr.write(`[customers] ${s}\n`);

async function explain(database: Database, text: string, params: unknown[]): Promise<string> {
  const { rows } = await database.query<Record<string, string>>(
    `explain (analyze, buffers) ${text}`,
    params,
  );
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

async function serverVersion(database: Database): Promise<string> {
  const { rows } = await database.query<{ v: string }>(
    `select current_setting('server_version') || ', shared_buffers ' ||
      current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem') as v`,
  );
  return rows[0]?.v ?? "?";
}

async function benchTarget(args: BenchArgs, kind: "postgres" | "pglite"): Promise<TargetResult> {
  const rows = kind === "postgres" ? args.rows : args.pgliteRows;
  const target: Target =
    kind === "postgres"
      ? { kind, url: args.pgUrl, database: args.pgDatabase, reuse: args.reuse }
      : { kind };
  log(`${kind}: loading ${rows} customers`);
  const loaded = await openTarget(target, rows, log);
  const { database } = loaded;
  log(`${kind}: loaded in ${(loaded.loadMs / 1000).toFixed(1)} s`);
  const config = loadConfig({ LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1" });
  const app = await buildServer({ database, config });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const tokens = await mintTokens(database);
    const ids = await sampleIds(database, 200);
    const phone = await samplePhone(database);
    const prepared = await captureQueries(app, database, benchCases(ids, phone), tokens);
    const cases: CaseResult[] = [];
    for (const c of prepared) {
      log(`${kind}: ${c.label}`);
      const first = c.queries[0]!;
      const headers = auth(tokens[c.as]);
      // One untimed second per case: the first requests of a route pay for JIT and
      // serializer compilation, which is start-up cost, not steady-state latency.
      await timeHttp({ url: base, paths: c.paths, connections: 1, duration: 1, headers });
      const result: CaseResult = {
        key: c.key,
        label: c.label,
        rows: await rowsReturned(app, c.paths[0]!, tokens[c.as]),
        raw: await timeRaw(database, c.queries, args.rawIterations),
        httpSerial: await timeHttp({
          url: base,
          paths: c.paths,
          connections: 1,
          duration: args.duration,
          headers,
        }),
        httpLoad: await timeHttp({
          url: base,
          paths: c.paths,
          connections: args.connections,
          duration: args.duration,
          headers,
        }),
        explain: await explain(database, first.text, first.params),
      };
      log(
        `  raw p50 ${result.raw.p50.toFixed(2)} p95 ${result.raw.p95.toFixed(2)} | http c=1 p50 ${result.httpSerial.p50.toFixed(2)} p95 ${result.httpSerial.p95.toFixed(2)} | c=${args.connections} p95 ${result.httpLoad.p95.toFixed(1)} ${Math.round(result.httpLoad.reqPerSec)} req/s`,
      );
      cases.push(result);
    }
    return {
      kind,
      version: `${kind === "pglite" ? "PGlite 0.5.16, PostgreSQL " : "PostgreSQL "}${await serverVersion(database)}`,
      rows,
      loadMs: loaded.loadMs,
      reused: loaded.reused,
      cases,
    };
  } finally {
    await app.close();
    await database.close();
    await loaded.cleanup();
  }
}

export async function runCustomersBench(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const date = new Date().toISOString();
  const loadBefore = loadavg()[0]!;
  const targets: TargetResult[] = [];
  for (const kind of args.targets) targets.push(await benchTarget(args, kind));
  const notes: string[] = [
    `- Everything shares the machine's ${cpus().length} cores: PostgreSQL, the fastify process (which also hosts PGlite), the autocannon process, and whatever else runs on the host; c=${args.connections} figures are therefore CPU-bound queueing as much as query cost.`,
  ];
  notes.push(
    `- 1-minute load average: ${loadBefore.toFixed(2)} at the start of the run, ${loadavg()[0]!.toFixed(2)} at the end (the bench itself keeps about 2 busy).`,
  );
  if (args.targets.includes("pglite") && args.pgliteRows !== args.rows) {
    notes.push(
      `- PGlite was loaded with ${args.pgliteRows.toLocaleString("en-US")} customers (--pglite-rows), not ${args.rows.toLocaleString("en-US")}.`,
    );
  }
  const section = renderSection(
    {
      date,
      connections: args.connections,
      duration: args.duration,
      rawIterations: args.rawIterations,
      targets,
    },
    notes,
  );
  if (args.write) {
    writeSection("customers", section, RESULTS);
    log(`wrote ${RESULTS}`);
  } else {
    process.stdout.write(`${section}\n`);
  }
}
