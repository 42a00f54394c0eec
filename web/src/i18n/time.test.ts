import { describe, expect, it } from "vitest";
import { localDate, localInput, startOfDay, userZone, zonedToInstant } from "./time.ts";

describe("zonedToInstant", () => {
  it("reads the typed time as wall-clock time in the user's zone, not the browser's", () => {
    expect(zonedToInstant("2026-11-23T09:00", "Asia/Shanghai")).toBe("2026-11-23T01:00:00.000Z");
    expect(zonedToInstant("2026-11-23T09:00", "Europe/Berlin")).toBe("2026-11-23T08:00:00.000Z");
    expect(zonedToInstant("2026-11-23T09:00", "America/New_York")).toBe("2026-11-23T14:00:00.000Z");
  });
  it("uses the offset in force at that time across a DST change", () => {
    // Berlin: CEST (+2) until 25 October 2026, CET (+1) after.
    expect(zonedToInstant("2026-10-24T09:00", "Europe/Berlin")).toBe("2026-10-24T07:00:00.000Z");
    expect(zonedToInstant("2026-10-26T09:00", "Europe/Berlin")).toBe("2026-10-26T08:00:00.000Z");
  });
  it("passes text that is not a datetime-local value through, for the server to explain", () => {
    expect(zonedToInstant("", "UTC")).toBe("");
    expect(zonedToInstant("tomorrow", "UTC")).toBe("tomorrow");
  });
});

describe("localInput and days", () => {
  const now = new Date("2026-11-22T20:30:00Z");
  it("counts days from today in the zone (already the 23rd in Shanghai)", () => {
    expect(localDate(now, "Asia/Shanghai")).toBe("2026-11-23");
    expect(localInput(1, "09:00", "Asia/Shanghai", now)).toBe("2026-11-24T09:00");
    expect(localInput(1, "09:00", "America/New_York", now)).toBe("2026-11-23T09:00");
  });
  it("starts a day at the zone's midnight", () => {
    expect(startOfDay("2026-11-23", "Asia/Shanghai").toISOString()).toBe(
      "2026-11-22T16:00:00.000Z",
    );
  });
  it("falls back to a zone the runtime knows", () => {
    expect(userZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(userZone("Asia/Shanghai")).toBe("Asia/Shanghai");
  });
});
