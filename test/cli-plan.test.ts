import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rapportDone } from "./cli-process.ts";

/**
 * `rapport plan` as a script uses it: with --json, stdout is one JSON document and nothing
 * else (progress and messages on stderr), also with --publish; --team takes a name or an id.
 * (Skipped on the PostgreSQL run: the command is the same, the database is not the point.)
 */
describe.skipIf(process.env.DATABASE_URL)("rapport plan", () => {
  it("prints only JSON on stdout with --json --publish, and takes a team's id", async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), "rapport-plan-json-")) };
    const seed = await rapportDone(["seed", "--customers", "40", "--no-history"], env);
    expect(seed.code, seed.err).toBe(0);
    const teams = await rapportDone(["team", "list"], env);
    const munich = /^München Außendienst\t(\S+)$/m.exec(teams.out)?.[1];
    expect(munich, teams.out).toBeTruthy();

    const args = ["--from", "2030-01-07", "--days", "1", "--time-limit", "1"];
    const run = await rapportDone(
      ["plan", "--team", munich!.toUpperCase(), ...args, "--json", "--publish"],
      env,
    );
    expect(run.code, run.err).toBe(0);
    // The whole of stdout parses: no line before or after the document.
    const doc = JSON.parse(run.out) as {
      id: string;
      status: string;
      totals: { visits: number };
      publication: { created: number; replaced: number };
    };
    expect(doc.status).toBe("published");
    expect(doc.publication.created).toBeGreaterThan(0);
    expect(doc.publication.created).toBeLessThanOrEqual(doc.totals.visits);
    expect(run.err).toMatch(/\] 100%\n/);
    expect(run.err).toContain(`Published: ${doc.publication.created} visits created`);

    // By name, without --json: the summary on stdout, as before.
    const text = await rapportDone(["plan", "--team", "München Außendienst", ...args], env);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/^Plan [0-9a-f-]{36}: \d+ visits/);

    const unknown = await rapportDone(
      ["plan", "--team", "00000000-0000-4000-8000-000000000000", ...args],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /No team named "00000000-0000-4000-8000-000000000000", nor with that id/,
    );
    expect(unknown.out).toBe("");
  }, 300_000);
});
