import { describe, expect, it } from "vitest";
import { startScheduler } from "./scheduler.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("startScheduler", () => {
  it("ticks at once, then repeatedly, never overlapping", async () => {
    let running = 0;
    let maxRunning = 0;
    let ticks = 0;
    const s = startScheduler({
      intervalMs: 5,
      logger: { error: () => {}, info: () => {} },
      tick: async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        ticks++;
        await sleep(20); // longer than the interval
        running--;
      },
    });
    await sleep(150);
    await s.stop();
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(maxRunning).toBe(1);
  });

  it("logs a failing tick and keeps going", async () => {
    const errors: unknown[] = [];
    let ticks = 0;
    const s = startScheduler({
      intervalMs: 5,
      logger: { error: (obj) => errors.push(obj.err), info: () => {} },
      tick: async () => {
        ticks++;
        throw new Error(`boom ${ticks}`);
      },
    });
    await sleep(60);
    await s.stop();
    expect(ticks).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBe(ticks);
    expect(String(errors[0])).toContain("boom 1");
  });

  it("stop() waits for the running tick and no tick starts afterwards", async () => {
    let finished = false;
    let ticks = 0;
    const s = startScheduler({
      intervalMs: 1,
      logger: { error: () => {}, info: () => {} },
      tick: async () => {
        ticks++;
        await sleep(50);
        finished = true;
      },
    });
    await sleep(10);
    await s.stop();
    expect(finished).toBe(true);
    const after = ticks;
    await sleep(30);
    expect(ticks).toBe(after);
  });
});
