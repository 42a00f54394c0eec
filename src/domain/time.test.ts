import { describe, expect, it } from "vitest";
import { addDays, dayBounds, localDate, zonedTime } from "./time.ts";

describe("zoned days", () => {
  it.each([
    ["2026-03-10", "Asia/Shanghai", "2026-03-09T16:00:00.000Z", "2026-03-10T16:00:00.000Z"],
    ["2026-03-10", "UTC", "2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    // Europe/Berlin springs forward on 2026-03-29: that day has 23 hours.
    ["2026-03-29", "Europe/Berlin", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"],
    // …and falls back on 2026-10-25: 25 hours.
    ["2026-10-25", "Europe/Berlin", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"],
  ])("%s in %s", (date, tz, start, end) => {
    const b = dayBounds(date, tz);
    expect(b.start.toISOString()).toBe(start);
    expect(b.end.toISOString()).toBe(end);
  });

  it("finds the local date of an instant", () => {
    expect(localDate(new Date("2026-03-09T16:30:00Z"), "Asia/Shanghai")).toBe("2026-03-10");
    expect(localDate(new Date("2026-03-09T16:30:00Z"), "UTC")).toBe("2026-03-09");
  });

  it("places wall-clock times", () => {
    expect(zonedTime("2026-07-01", "09:30", "Europe/Berlin").toISOString()).toBe(
      "2026-07-01T07:30:00.000Z",
    );
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
