import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The admin commands as a script would run them, one process each, on an embedded database.
 * (Skipped on the PostgreSQL run: the commands are the same, the database is not the point.)
 */
const bin = join(import.meta.dirname, "..", "bin", "rapport.js");

function rapport(dataDir: string, args: string[], stdin?: string) {
  const { DATABASE_URL: _omit, ...env } = process.env;
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
    let out = "";
    let err = "";
    child.stdout?.on("data", (d) => {
      out += d;
    });
    child.stderr?.on("data", (d) => {
      err += d;
    });
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

describe.skipIf(process.env.DATABASE_URL)("rapport admin commands", () => {
  it("manages teams and users, and refuses what it should", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-admin-cli-"));
    expect((await rapport(dir, ["team", "add", "--name", "华东大区"])).code).toBe(0);
    const add = await rapport(
      dir,
      [
        "user",
        "add",
        "--email",
        "rep@x.example",
        "--name",
        "Rep",
        "--role",
        "rep",
        "--team",
        "华东大区",
        "--password-stdin",
      ],
      "long enough password\n",
    );
    expect(add.code, add.err).toBe(0);
    const short = await rapport(
      dir,
      ["user", "add", "--email", "s@x.example", "--name", "S", "--role", "rep", "--password-stdin"],
      "short\n",
    );
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/At least 10 characters/);
    const dup = await rapport(
      dir,
      [
        "user",
        "add",
        "--email",
        "REP@x.example",
        "--name",
        "Dup",
        "--role",
        "rep",
        "--password-stdin",
      ],
      "long enough password\n",
    );
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/Another user has this e-mail/);
    const promote = await rapport(dir, [
      "user",
      "update",
      "--email",
      "rep@x.example",
      "--role",
      "manager",
    ]);
    expect(promote.out).toMatch(/manager, active=true/);
    expect((await rapport(dir, ["user", "deactivate", "--email", "rep@x.example"])).code).toBe(0);
    const list = await rapport(dir, ["user", "list"]);
    expect(list.out).toMatch(/rep@x\.example\tmanager\tRep {2}\(inactive\)/);
    expect((await rapport(dir, ["team", "list"])).out).toMatch(/华东大区/);
    const token = await rapport(dir, ["token", "create", "--email", "rep@x.example"]);
    expect(token.code).toBe(1);
    expect(token.err).toMatch(/No active user/);
  }, 120_000);

  it("seeds demo data and plans a team's day from the command line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-plan-cli-"));
    const seed = await rapport(dir, ["seed", "--customers", "60"]);
    expect(seed.code, seed.err).toBe(0);
    expect(seed.out).toMatch(/Seeded 60 customers/);
    const plan = await rapport(dir, [
      "plan",
      "--team",
      "München Außendienst",
      "--from",
      "2030-01-07",
      "--days",
      "1",
      "--time-limit",
      "1",
      "--json",
    ]);
    expect(plan.code, plan.err).toBe(0);
    expect(plan.err).toMatch(/100%/);
    const result = JSON.parse(plan.out) as {
      routes: { stops: unknown[] }[];
      totals: { visits: number };
    };
    expect(result.totals.visits).toBeGreaterThan(0);
    expect(result.routes.flatMap((r) => r.stops)).toHaveLength(result.totals.visits);
    const bad = await rapport(dir, ["plan", "--team", "Nope", "--from", "2030-01-07"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/No team named/);
  }, 120_000);
});
