import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../db/testing.ts";
import { buildServer } from "./server.ts";

type LogLine = { level: number; msg: string; reqId?: string; req?: { url: string } };

/** The real server at a given log level, its log lines captured. */
async function serve(logLevel: "info" | "debug") {
  const { database, config, dispose } = await openTestDatabase();
  const lines: LogLine[] = [];
  const app = await buildServer(
    { database, config: { ...config, logLevel } },
    { logStream: { write: (line) => lines.push(JSON.parse(line) as LogLine) } },
  );
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return {
    app,
    lines,
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  return res;
};

let info: Awaited<ReturnType<typeof serve>>;
let debug: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  info = await serve("info");
  debug = await serve("debug");
});
afterAll(async () => {
  await info?.close();
  await debug?.close();
});

describe("request ids", () => {
  it("gives every request its own id, in the response and in its log lines", async () => {
    const a = (await get(`${info.url}/api/v1/app-config`)).headers.get("x-request-id");
    const b = (await get(`${info.url}/api/v1/app-config`)).headers.get("x-request-id");
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    const logged = info.lines.filter((l) => l.reqId === a).map((l) => l.msg);
    expect(logged).toEqual(["incoming request", "request completed"]);
  });

  it("keeps a caller's sane X-Request-Id", async () => {
    const id = "lb-01:7f3a.c0ffee_2026-11-25";
    const res = await get(`${info.url}/api/v1/nope`, { "x-request-id": id });
    // An error answer (no credentials) carries it too.
    expect(res.status).toBe(401);
    expect(res.headers.get("x-request-id")).toBe(id);
    expect(info.lines.some((l) => l.reqId === id && l.msg === "request completed")).toBe(true);
    const longest = "a".repeat(128);
    expect(
      (await get(`${info.url}/health`, { "x-request-id": longest })).headers.get("x-request-id"),
    ).toBe(longest);
  });

  it.each([
    ["too long", "a".repeat(129)],
    ["a space", "abc def"],
    ["a quote", 'abc"def'],
    ["a slash", "a/b"],
    ["a non-ASCII letter", "caf\u00e9"],
    ["nothing", ""],
  ])("replaces one with %s by a generated id", async (_what, id) => {
    const res = await get(`${info.url}/health`, { "x-request-id": id });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("probe logging", () => {
  it("does not log /health and /ready at info", async () => {
    const before = info.lines.length;
    await get(`${info.url}/health`);
    await get(`${info.url}/ready`);
    await get(`${info.url}/ready?verbose=1`);
    expect(info.lines.slice(before)).toEqual([]);
  });

  it("logs them at debug", async () => {
    const before = debug.lines.length;
    const res = await get(`${debug.url}/ready`);
    const id = res.headers.get("x-request-id");
    const lines = debug.lines.slice(before).filter((l) => l.reqId === id);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[20, "request completed"]]);
    expect(lines[0]!.req!.url).toBe("/ready");
  });
});
