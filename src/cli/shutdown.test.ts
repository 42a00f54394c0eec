import { describe, expect, it } from "vitest";
import { createShutdown } from "./shutdown.ts";

function recorder() {
  const events: string[] = [];
  const log = { info: (m: string) => events.push(`log ${m}`), error: () => events.push("error") };
  return { events, log };
}

describe("createShutdown", () => {
  it("lets drains finish, then closes in reverse order of registration", async () => {
    const { events, log } = recorder();
    const s = createShutdown({ timeoutMs: 60_000, log });
    s.close("database", () => {
      events.push("close database");
    });
    s.close("mailer", () => {
      events.push("close mailer");
    });
    let finishRequest = () => {};
    s.drain(
      "http",
      () =>
        new Promise<void>((resolve) => {
          finishRequest = () => {
            events.push("request done");
            resolve();
          };
        }),
      () => events.push("force http"),
    );
    s.drain("jobs", async () => {
      events.push("jobs stopped");
    });
    const done = s.run("SIGTERM");
    expect(s.closing).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(events).not.toContain("close database");
    finishRequest();
    expect(await done).toBe(0);
    expect(events.filter((e) => !e.startsWith("log"))).toEqual([
      "jobs stopped",
      "request done",
      "close mailer",
      "close database",
    ]);
  });

  it("forces what is still draining at the deadline, and still closes", async () => {
    const { events, log } = recorder();
    const s = createShutdown({ timeoutMs: 5, forceGraceMs: 5, log });
    s.close("database", () => {
      events.push("close database");
    });
    s.drain(
      "http",
      () => new Promise<void>(() => {}),
      () => events.push("force http"),
    );
    expect(await s.run("SIGTERM")).toBe(0);
    expect(events).toContain("log shutdown: forcing http");
    expect(events.slice(-2)).toEqual(["force http", "close database"]);
  });

  it("a second signal stops waiting at once and returns the same result", async () => {
    const { events, log } = recorder();
    const s = createShutdown({ timeoutMs: 600_000, forceGraceMs: 5, log });
    s.drain(
      "http",
      () => new Promise<void>(() => {}),
      () => events.push("force http"),
    );
    const first = s.run("SIGTERM");
    const second = s.run("SIGINT");
    expect(second).toBe(first);
    expect(await first).toBe(0);
    expect(events).toContain("force http");
  });

  it("exits 1 when releasing a resource fails, after trying the others", async () => {
    const { events, log } = recorder();
    const s = createShutdown({ timeoutMs: 1000, log });
    s.close("database", () => {
      events.push("close database");
    });
    s.close("mailer", () => {
      throw new Error("smtp gone");
    });
    expect(await s.run("SIGTERM")).toBe(1);
    expect(events).toEqual(expect.arrayContaining(["error", "close database"]));
  });
});
