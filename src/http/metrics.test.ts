import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { buildServer } from "./server.ts";

const TOKEN = "metrics-token-0123456789";

async function serve(metricsToken: string | undefined) {
  const { database, config, dispose } = await openTestDatabase();
  const app = await buildServer({ database, config: { ...config, metricsToken } });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return {
    app,
    database,
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

let on: Awaited<ReturnType<typeof serve>>;
let off: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  on = await serve(TOKEN);
  off = await serve(undefined);
});
afterAll(async () => {
  await on?.close();
  await off?.close();
});

async function scrape(authorization?: string) {
  const res = await fetch(`${on.url}/metrics`, {
    headers: authorization ? { authorization } : {},
  });
  return { res, text: await res.text() };
}

/** The value of one sample line, e.g. `rapport_jobs{kind="x",status="queued"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function addJob(database: Database, kind: string, status: string) {
  await database.query(
    "insert into jobs (kind, payload, status, run_after) values ($1, '{}', $2, now() - interval '1 minute')",
    [kind, status],
  );
}

describe("GET /metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    const res = await fetch(`${off.url}/metrics`);
    expect(res.status).toBe(404);
  });

  it("needs the token as a bearer token", async () => {
    for (const auth of [undefined, `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const { res, text } = await scrape(auth);
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(text).not.toContain("http_request_duration");
    }
  });

  it("times requests by route pattern, never by raw URL", async () => {
    const id = randomUUID();
    await (await fetch(`${on.url}/api/v1/customers/${id}`)).arrayBuffer();
    await (await fetch(`${on.url}/health`)).arrayBuffer();
    const { res, text } = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="GET",route="/api/v1/customers/:id",status_code="401"}',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="GET",route="/health",status_code="200"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(id);
    expect(text).toContain("process_cpu_seconds_total");
  });

  it("reports the job queue by kind and state, and the oldest due job's wait", async () => {
    await addJob(on.database, "metrics-test", "queued");
    await addJob(on.database, "metrics-test", "queued");
    await addJob(on.database, "metrics-test", "failed");
    const { text } = await scrape(`Bearer ${TOKEN}`);
    expect(sample(text, 'rapport_jobs{kind="metrics-test",status="queued"}')).toBe(2);
    expect(sample(text, 'rapport_jobs{kind="metrics-test",status="failed"}')).toBe(1);
    expect(sample(text, "rapport_jobs_oldest_queued_seconds")).toBeGreaterThanOrEqual(60);
  });

  it("counts background job failures by runner, from zero", async () => {
    const first = await scrape(`Bearer ${TOKEN}`);
    expect(sample(first.text, 'rapport_job_failures_total{runner="scheduler"}')).toBe(0);
    expect(sample(first.text, 'rapport_job_failures_total{runner="queue"}')).toBe(0);
    on.app.jobFailed("queue");
    on.app.jobFailed("queue");
    on.app.jobFailed("scheduler");
    const { text } = await scrape(`Bearer ${TOKEN}`);
    expect(sample(text, 'rapport_job_failures_total{runner="queue"}')).toBe(2);
    expect(sample(text, 'rapport_job_failures_total{runner="scheduler"}')).toBe(1);
    // Without METRICS_TOKEN counting is a no-op, not an error.
    expect(() => off.app.jobFailed("queue")).not.toThrow();
  });

  it("reports the PostgreSQL pool (none on the embedded database)", async () => {
    const { text } = await scrape(`Bearer ${TOKEN}`);
    if (on.database.kind === "postgres") {
      expect(sample(text, 'rapport_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'rapport_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      expect(text).not.toContain("rapport_db_pool_connections");
    }
  });

  it("still answers during a database outage, saying the database is down", async () => {
    const broken = await serve(TOKEN);
    try {
      const before = await fetch(`${broken.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(sample(await before.text(), "rapport_database_up")).toBe(1);
      await broken.database.close();
      // Closed for good here; the clean-up below must not close it twice.
      broken.database.close = async () => {};
      const res = await fetch(`${broken.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(sample(text, "rapport_database_up")).toBe(0);
      expect(text).not.toMatch(/^rapport_jobs\{/m);
    } finally {
      await broken.close();
    }
  });
});
