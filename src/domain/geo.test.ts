import { describe, expect, it } from "vitest";
import { haversineMeters } from "./geo.ts";

describe("haversineMeters", () => {
  it("is zero for the same point", () => {
    expect(haversineMeters({ lat: 48.85, lon: 2.35 }, { lat: 48.85, lon: 2.35 })).toBe(0);
  });

  it("matches the known Paris–London distance (~343.5 km)", () => {
    const d = haversineMeters({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 });
    expect(d / 1000).toBeCloseTo(343.5, 0);
  });

  it("gives one degree of latitude ≈ 111.2 km and is symmetric", () => {
    const a = { lat: 10, lon: 20 };
    const b = { lat: 11, lon: 20 };
    expect(haversineMeters(a, b) / 1000).toBeCloseTo(111.19, 1);
    expect(haversineMeters(a, b)).toBe(haversineMeters(b, a));
  });

  it("handles antipodal points (half the circumference)", () => {
    const d = haversineMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 180 });
    expect(d / 1000).toBeCloseTo(20015.1, 0);
  });
});
