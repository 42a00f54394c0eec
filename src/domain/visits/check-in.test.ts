import { describe, expect, it } from "vitest";
import { canMove, dwellMinutes, effectiveStatus, verifyPosition } from "./check-in.ts";

const shop = { lat: 31.2304, lon: 121.4737 };
// ~111 m per 0.001° of latitude.
const north = (m: number) => ({ lat: shop.lat + m / 111_195, lon: shop.lon });

describe("check-in verification", () => {
  it.each([
    [north(0), "verified", 0],
    [north(150), "verified", 150],
    [north(199), "verified", 199],
    [north(260), "out_of_radius", 260],
    [north(5000), "out_of_radius", 5000],
  ])("%j → %s", (pos, verification, distance) => {
    const r = verifyPosition(shop, pos);
    expect(r.verification).toBe(verification);
    expect(r.distanceM).toBeCloseTo(distance, -1);
  });

  it("is unverified without a position or customer coordinates", () => {
    expect(verifyPosition(shop, null)).toEqual({ distanceM: null, verification: "unverified" });
    expect(verifyPosition(null, shop)).toEqual({ distanceM: null, verification: "unverified" });
  });

  it("honours a configured radius", () => {
    expect(verifyPosition(shop, north(300), 500).verification).toBe("verified");
  });
});

describe("visit states", () => {
  it.each([
    ["planned", "checked_in", true],
    ["planned", "cancelled", true],
    ["planned", "completed", false],
    ["checked_in", "completed", true],
    ["checked_in", "cancelled", false],
    ["completed", "checked_in", false],
    ["cancelled", "checked_in", false],
  ] as const)("%s → %s: %s", (from, to, ok) => {
    expect(canMove(from, to)).toBe(ok);
  });

  it("computes missed and dwell time", () => {
    const end = new Date("2026-06-30T16:00:00Z");
    expect(effectiveStatus("planned", end, new Date("2026-06-30T15:00:00Z"))).toBe("planned");
    expect(effectiveStatus("planned", end, new Date("2026-06-30T16:00:00Z"))).toBe("missed");
    expect(effectiveStatus("completed", end, new Date("2026-07-30T16:00:00Z"))).toBe("completed");
    expect(dwellMinutes(new Date("2026-06-30T09:00:00Z"), new Date("2026-06-30T09:47:30Z"))).toBe(
      48,
    );
    expect(dwellMinutes(null, new Date())).toBeNull();
  });
});
