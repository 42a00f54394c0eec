import { sql } from "drizzle-orm";
import { openDatabase } from "../../src/db/client.ts";
import { runMigrations } from "../../src/db/migrate.ts";
import { createRng } from "../../src/domain/random.ts";
import { systemContext } from "../../src/modules/common/system.ts";
import { computePlan, createPlan } from "../../src/modules/visit-plans/visit-plans.service.ts";
import { machineLine, writeSection } from "../results.ts";

/**
 * `npm run bench -- plan`: 20 reps × 5 days × 1,000 due customers around Shanghai, planned
 * end to end (load candidates and fixed visits, build the problem, solve off-thread, read the
 * routes) through the same service the API's background job runs. Target: under 30 s.
 */

const CENTER = { lat: 31.2304, lon: 121.4737 };

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function setup(reps: number, customers: number) {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  await runMigrations(database);
  const rng = createRng(7);
  const repIds: string[] = [];
  for (let r = 0; r < reps; r++) {
    const angle = (r / reps) * 2 * Math.PI;
    const rows = await database.query<{ id: string }>(
      `insert into users (email, name, role, time_zone, home_lat, home_lon)
       values ($1, $2, 'rep', 'Asia/Shanghai', $3, $4) returning id`,
      [
        `rep${r}@bench.example`,
        `Rep ${r}`,
        CENTER.lat + 0.12 * Math.cos(angle),
        CENTER.lon + 0.14 * Math.sin(angle),
      ],
    );
    repIds.push(rows.rows[0]!.id);
  }
  const windows = JSON.stringify(
    Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "09:00", to: "17:00" }]]),
    ),
  );
  const ids: string[] = [];
  const names: string[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const owners: string[] = [];
  const tiers: string[] = [];
  for (let i = 0; i < customers; i++) {
    const r = 25 * Math.sqrt(rng.next());
    const t = rng.next() * 2 * Math.PI;
    ids.push(crypto.randomUUID());
    names.push(`Customer ${i}`);
    lats.push(CENTER.lat + (r / 111) * Math.cos(t));
    lons.push(CENTER.lon + (r / 95) * Math.sin(t));
    // Owners by sector, as territories usually are.
    owners.push(repIds[Math.floor(((t / (2 * Math.PI)) * reps) % reps)]!);
    tiers.push(rng.pick(["A", "B", "B", "C", "C", "C"]));
  }
  await database.db.execute(sql`
    insert into customers (id, kind, name, tier, status, owner_id, latitude, longitude, visit_windows, visit_duration_min)
    select id, 'company', name, tier, 'active', owner, lat, lon, ${windows}::jsonb, 30
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(names)}::text[], ${sql.param(tiers)}::text[],
      ${sql.param(owners)}::uuid[], ${sql.param(lats)}::float8[], ${sql.param(lons)}::float8[])
      as t(id, name, tier, owner, lat, lon)`);
  return { database, repIds };
}

export async function runPlanBench(args: string[]): Promise<void> {
  const reps = arg(args, "reps", 20);
  const customers = arg(args, "customers", 1000);
  const days = arg(args, "days", 5);
  const limits = [arg(args, "time-limit", 20)];
  const rows: string[] = [];
  for (const limit of limits) {
    const { database, repIds } = await setup(reps, customers);
    const ctx = systemContext(database.db);
    const t0 = performance.now();
    const plan = await createPlan(
      ctx,
      {
        repIds,
        startDate: "2030-01-07",
        days,
        options: { timeLimitSeconds: limit, includeNotDue: false, metersPerPoint: 400 },
      },
      { enqueue: false },
    );
    const result = await computePlan(database.db, plan.id, { freezeMinutes: 0 });
    const seconds = (performance.now() - t0) / 1000;
    const t = result.totals;
    process.stderr.write(
      `time limit ${limit}s: ${seconds.toFixed(1)} s, ${t.visits} visits, ${t.km} km\n`,
    );
    rows.push(
      `| ${reps} × ${days} × ${customers} | ${limit} s | **${seconds.toFixed(1)} s** | ${t.visits} | ${result.unplanned.length} | ${(t.visits / (reps * days)).toFixed(1)} | ${t.km} | ${Math.round(t.travelMin / 60)} h / ${Math.round(t.visitMin / 60)} h |`,
    );
    await database.close();
  }
  writeSection(
    "plan",
    [
      "## Visit planning (`npm run bench -- plan`)",
      "",
      machineLine("; embedded PGlite"),
      "",
      "End to end through `computePlan` (what the background job runs): load due customers and fixed visits, score and explain them, build the problem, solve in a worker thread with the given time budget, read the routes. Customers: all due (never visited), 09:00–17:00 windows, 30-minute visits, within 25 km of central Shanghai; reps' working hours 08:30–17:30, homes on a 13 km ring. Target: under 30 s.",
      "",
      "| reps × days × due customers | solver budget | wall time | visits planned | left out | visits / rep-day | km | travel / face time |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n"),
  );
}
