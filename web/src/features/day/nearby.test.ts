import { describe, expect, it } from "vitest";
import { nearbyUntil } from "./nearby.ts";

describe("until when a nearby customer must fit", () => {
  const tz = "Asia/Shanghai";
  it("is the end of today's working hours in the user's zone", () => {
    // Monday 2026-11-23, 10:00 in Shanghai.
    const now = new Date("2026-11-23T02:00:00Z");
    const hours = {
      mon: [
        { from: "08:30", to: "12:00" },
        { from: "13:00", to: "17:30" },
      ],
    };
    expect(nearbyUntil(now, tz, hours)).toBe("2026-11-23T09:30:00.000Z");
  });

  it("is 18:00 without working hours, and at least two hours away after hours", () => {
    expect(nearbyUntil(new Date("2026-11-23T02:00:00Z"), tz, null)).toBe(
      "2026-11-23T10:00:00.000Z",
    );
    // Saturday 19:30 in Shanghai: a day off, and past 18:00.
    expect(nearbyUntil(new Date("2026-11-28T11:30:00Z"), tz, { sat: [] })).toBe(
      "2026-11-28T13:30:00.000Z",
    );
  });
});
