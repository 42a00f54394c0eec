import { chmodSync, existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Run, rapportDone, serve } from "./cli-process.ts";

/**
 * Admin commands while `rapport serve` holds the embedded database: the CLI hands them to the
 * server over the owner-only socket in the data directory (docs/decisions/0008). Processes all
 * the way: the real server, the real CLI, the token tried on the real HTTP API.
 * (The embedded database only: PostgreSQL needs no channel.)
 */
const servers: Run[] = [];
afterAll(() => {
  for (const s of servers) s.child.kill("SIGKILL");
});

const started = async (dataDir: string) => {
  const server = await serve(dataDir, ["--no-demo"]);
  servers.push(server);
  return server;
};

async function customersStatus(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/customers?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return res.status;
}

describe.skipIf(process.env.DATABASE_URL)("the CLI while the embedded server runs", () => {
  it("runs admin commands inside the server, with stdin, errors and exit codes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-channel-"));
    const env = { DATA_DIR: dir };
    const server = await started(dir);
    const socket = join(dir, "cli", "rapport.sock");
    expect(statSync(join(dir, "cli")).mode & 0o777).toBe(0o700);
    expect(statSync(socket).mode & 0o777).toBe(0o600);

    const add = await rapportDone(
      ["user", "add", "--email", "boss@x.example", "--name", "Boss", "--role", "admin"].concat([
        "--password-stdin",
      ]),
      env,
      "a long enough password\n",
    );
    expect(add.code, add.err).toBe(0);
    expect(add.out).toMatch(/^Created admin boss@x\.example/);

    // stdin left open: a command that does not read it must not wait for it.
    const token = await rapportDone(["token", "create", "--email", "boss@x.example"], env, "open");
    expect(token.code, token.err).toBe(0);
    const secret = token.out.trim();
    expect(secret).toMatch(/^rpt_/);
    expect(await customersStatus(server.url, secret)).toBe(200);
    // The password read from stdin is the one stored.
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "boss@x.example", password: "a long enough password" }),
    });
    expect(login.status).toBe(200);

    const unknown = await rapportDone(["token", "create", "--email", "nobody@x.example"], env);
    expect(unknown).toMatchObject({ code: 1, out: "" });
    expect(unknown.err).toBe("rapport: No active user nobody@x.example.\n");

    const short = await rapportDone(
      ["user", "password", "--email", "boss@x.example", "--password-stdin"],
      env,
      "short\n",
    );
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/At least 10 characters/);

    const usage = await rapportDone(["user", "add", "--email", "x@x.example"], env);
    expect(usage.code).toBe(1);
    expect(usage.err).toMatch(/required option '--name <name>' not specified/);

    const migrate = await rapportDone(["migrate"], env);
    expect(migrate.code).toBe(1);
    expect(migrate.err).toMatch(/`migrate` cannot run while the Rapport server \(pid \d+\)/);
    const second = await rapportDone(["serve"], env);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/`serve` cannot run while the Rapport server/);

    // A long command streams its progress and output back.
    const seed = await rapportDone(["seed", "--customers", "30", "--no-history"], env);
    expect(seed.code, seed.err).toBe(0);
    expect(seed.out).toMatch(/Seeded 30 customers/);
    const plan = await rapportDone(
      ["plan", "--team", "München Außendienst", "--from", "2030-01-07", "--days", "1"].concat([
        "--time-limit",
        "1",
        "--json",
      ]),
      env,
    );
    expect(plan.code, plan.err).toBe(0);
    expect(plan.err).toMatch(/\] 100%\n$/);
    expect(JSON.parse(plan.out).totals.visits).toBeGreaterThan(0);

    // Only the owner may use the channel: a directory others can enter is not trusted, so the
    // CLI does not connect and meets the lock instead.
    chmodSync(join(dir, "cli"), 0o755);
    const untrusted = await rapportDone(["user", "list"], env);
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/in use by another Rapport process/);
    chmodSync(join(dir, "cli"), 0o700);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(existsSync(socket)).toBe(false);
    // No server: the CLI opens the database itself.
    const list = await rapportDone(["user", "list"], env);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/boss@x\.example\tadmin\tBoss/);
  }, 600_000);

  it("is not blocked by the socket a killed server left behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-channel-stale-"));
    const env = { DATA_DIR: dir };
    const first = await started(dir);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(existsSync(join(dir, "cli", "rapport.sock"))).toBe(true);

    // Nobody listens on the stale socket: the CLI runs the command itself.
    const add = await rapportDone(
      ["user", "add", "--email", "a@x.example", "--name", "A", "--role", "admin"].concat([
        "--password-stdin",
      ]),
      env,
      "a long enough password\n",
    );
    expect(add.code, add.err).toBe(0);

    // A new server replaces the stale socket and takes commands again.
    const server = await started(dir);
    const token = await rapportDone(["token", "create", "--email", "a@x.example"], env);
    expect(token.code, token.err).toBe(0);
    expect(await customersStatus(server.url, token.out.trim())).toBe(200);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  }, 600_000);
});
