import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./lock.ts";

describe("data directory lock", () => {
  it("refuses a second holder while the first is alive, and frees on release", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    const lock = lockDataDir(dir);
    // Same pid would be allowed (re-entrant); simulate another live process: pid 1.
    writeFileSync(join(dir, "rapport.lock"), "1");
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    const again = lockDataDir(dir);
    expect(readFileSync(join(dir, "rapport.lock"), "utf8")).toBe(String(process.pid));
    again.release();
  });

  it("takes over a lock left by a dead process", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    writeFileSync(join(dir, "rapport.lock"), "999999999");
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, "rapport.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
  });
});
