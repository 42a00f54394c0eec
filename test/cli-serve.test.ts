import { type ChildProcess, execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { rapport, waitFor } from "./cli-process.ts";

/**
 * `npm start` as a new user runs it: the real CLI in a child process on an empty data
 * directory. It must migrate, load the demo data, print the URL, and refuse a second
 * process on the same directory. (The embedded database only: skipped on the PostgreSQL run.)
 */
const children: ChildProcess[] = [];

/** A `rapport` process that the end of the file kills if a test left it running. */
function run(args: string[], env: Record<string, string>, stdin?: string) {
  const spawned = rapport(args, env, stdin);
  children.push(spawned.child);
  return spawned;
}

afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

describe.skipIf(process.env.DATABASE_URL)("rapport serve on a fresh data directory", () => {
  it("starts with demo data, prints the URL, and locks the directory", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "rapport-serve-"));
    const server = run(["serve"], { DATA_DIR: dataDir, PORT: "0" });
    await waitFor(() => /running at http:\/\/localhost:\d+/.test(server.output()), 200_000);
    const url = /running at (http:\/\/localhost:\d+)/.exec(server.output())![1]!;
    expect(server.output()).toMatch(/Loaded 7 users, 400 customers/);

    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    const signIn = await fetch(`${url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "wang.fang@rapport.example", password: "rapport-demo" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const get = async (path: string): Promise<{ items: { city: string }[] }> =>
      (await fetch(url + path, { headers: { cookie } })).json() as Promise<{
        items: { city: string }[];
      }>;
    const list = await get(`/api/v1/customers?q=${encodeURIComponent("上海")}&limit=5`);
    expect(list.items.length).toBe(5);
    // The Shanghai manager sees the Shanghai team's customers, none of Munich's.
    const munich = await get(`/api/v1/customers?city=${encodeURIComponent("München")}&limit=1`);
    expect(munich.items).toHaveLength(0);
    // The demo history is there, and Chinese full-text search finds it.
    const visits = await get(`/api/v1/communications?q=${encodeURIComponent("拜访")}&limit=5`);
    expect(visits.items.length).toBeGreaterThan(0);

    // README's API example as written, while the server runs (the CLI hands it to the server).
    const { stdout: token } = await promisify(execFile)(
      "npm",
      ["run", "-s", "cli", "--", "token", "create", "--email", "admin@rapport.example"],
      { cwd: join(import.meta.dirname, ".."), env: { ...process.env, DATA_DIR: dataDir } },
    );
    const asAdmin = await fetch(`${url}/api/v1/customers?limit=1`, {
      headers: { authorization: `Bearer ${token.trim()}` },
    });
    expect(asAdmin.status).toBe(200);

    // A second server is refused (through the CLI channel: the first one answers).
    const second = run(["serve"], { DATA_DIR: dataDir, PORT: "0" });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/`serve` cannot run while the Rapport server \(pid \d+\)/);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    // The lock is gone with the process: a new one can open the directory.
    const third = run(["migrate"], { DATA_DIR: dataDir });
    expect(await third.exited).toBe(0);
  }, 400_000);

  it("explains how to create the first admin, and the CLI creates one with a token", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "rapport-admin-"));
    const empty = run(["serve", "--no-demo"], { DATA_DIR: dataDir, PORT: "0" });
    await waitFor(() => /No users yet/.test(empty.output()), 200_000);
    expect(empty.output()).toMatch(/user add --email/);
    empty.child.kill("SIGTERM");
    await empty.exited;

    const add = run(
      [
        "user",
        "add",
        "--email",
        "boss@example.com",
        "--name",
        "Boss",
        "--role",
        "admin",
        "--password-stdin",
      ],
      { DATA_DIR: dataDir },
      "a long enough password\n",
    );
    expect(await add.exited).toBe(0);
    const tok = run(["token", "create", "--email", "boss@example.com"], { DATA_DIR: dataDir });
    expect(await tok.exited).toBe(0);
    const token = tok.output().trim().split("\n").at(-1)!;
    expect(token).toMatch(/^rpt_/);

    const server = run(["serve", "--no-demo"], { DATA_DIR: dataDir, PORT: "0" });
    await waitFor(() => /running at http:\/\/localhost:\d+/.test(server.output()), 200_000);
    const url = /running at (http:\/\/localhost:\d+)/.exec(server.output())![1]!;
    const me = await fetch(`${url}/api/v1/auth/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { email: string; role: string } };
    expect(body.user).toMatchObject({ email: "boss@example.com", role: "admin" });
    const signIn = await fetch(`${url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "boss@example.com", password: "a long enough password" }),
    });
    expect(signIn.status).toBe(200);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 400_000);

  it("on SIGTERM finishes the request in flight, exits 0 and frees the data directory", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "rapport-stop-"));
    const password = "a long enough password";
    const add = run(
      ["user", "add", "--email", "ops@example.com", "--name", "Ops", "--role", "admin"],
      { DATA_DIR: dataDir },
      `${password}\n`,
    );
    expect(await add.exited).toBe(0);

    // Jobs on (a short interval), so the scheduler and the job worker are part of the stop.
    // Logs at info: the server's "incoming request" line says the request has arrived.
    const env = { DATA_DIR: dataDir, PORT: "0", SCHEDULER_INTERVAL_MS: "200", LOG_LEVEL: "info" };
    const server = run(["serve", "--no-demo"], env);
    await waitFor(() => /running at http:\/\/localhost:\d+/.test(server.output()), 200_000);
    const url = /running at (http:\/\/localhost:(\d+))/.exec(server.output())!;
    const port = Number(url[2]);

    // A sign-in whose body is still on its way when the signal comes.
    const body = JSON.stringify({ email: "ops@example.com", password });
    const slow = slowPost(port, "/api/v1/auth/login", body);
    await waitFor(() => /"url":"\/api\/v1\/auth\/login"/.test(server.output()), 30_000);
    server.child.kill("SIGTERM");
    // The listener closes at once: a new connection is refused while the request is open.
    await waitForRefused(`${url[1]}/health`);
    expect(existsSync(join(dataDir, "rapport.lock"))).toBe(true);
    const res = await slow.finish();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).user.email).toBe("ops@example.com");
    expect(await server.exited).toBe(0);
    expect(existsSync(join(dataDir, "rapport.lock"))).toBe(false);

    // A second server opens the same directory; a request that never ends is cut at the
    // deadline and the process still exits 0.
    const again = run(["serve", "--no-demo"], { ...env, SHUTDOWN_TIMEOUT_MS: "300" });
    await waitFor(() => /running at http:\/\/localhost:\d+/.test(again.output()), 200_000);
    const url2 = /running at (http:\/\/localhost:(\d+))/.exec(again.output())!;
    expect((await fetch(`${url2[1]}/ready`)).status).toBe(200);
    const seen = again.output().length;
    const stuck = slowPost(Number(url2[2]), "/api/v1/auth/login", body);
    await waitFor(() => /"url":"\/api\/v1\/auth\/login"/.test(again.output().slice(seen)), 30_000);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    await expect(stuck.finish({ send: false })).rejects.toThrow();
    expect(existsSync(join(dataDir, "rapport.lock"))).toBe(false);
  }, 400_000);
});

/** A POST whose headers and first half of the body go out now, the rest on `finish`. */
function slowPost(port: number, path: string, body: string) {
  const req = httpRequest({
    host: "127.0.0.1",
    port,
    path,
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const result = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  // Keep an unhandled rejection from surfacing before `finish` is awaited.
  result.catch(() => {});
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return {
    finish(opts: { send?: boolean } = {}) {
      if (opts.send !== false) req.end(body.slice(half));
      return result;
    },
  };
}

async function waitForRefused(url: string) {
  const end = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(url, { headers: { connection: "close" } });
      await res.arrayBuffer();
    } catch {
      return;
    }
    if (Date.now() > end) throw new Error(`${url} still accepts connections`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
