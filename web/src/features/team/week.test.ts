import { describe, expect, it } from "vitest";
import { addDays, mondayOf } from "./week.ts";

describe("weeks", () => {
  it("finds the Monday of a week, across months and years", () => {
    expect(mondayOf("2026-11-22")).toBe("2026-11-16"); // Sunday
    expect(mondayOf("2026-11-16")).toBe("2026-11-16"); // Monday
    expect(mondayOf("2027-01-01")).toBe("2026-12-28"); // Friday
    expect(addDays("2026-12-28", 6)).toBe("2027-01-03");
  });
});
