import { describe, expect, it } from "vitest";
import { fromDisplay, type LatLon, metersBetween, toDisplay } from "./crs.ts";

/**
 * Published WGS-84 / GCJ-02 pairs for city centres, from the china-cities fixture of gcoord's
 * own test suite (values produced by the map providers' conversion services, not by gcoord's
 * formula), plus the pair in gcoord's WGS84 unit test.
 */
const REFERENCE: { name: string; wgs84: [number, number]; gcj02: [number, number] }[] = [
  { name: "沈阳", wgs84: [123.4253306, 41.8032629], gcj02: [123.4314787, 41.8057023] },
  { name: "郑州", wgs84: [113.6192856, 34.7478004], gcj02: [113.6253334, 34.7466173] },
  { name: "泰州", wgs84: [119.9183831, 32.4580023], gcj02: [119.9231242, 32.4557802] },
  { name: "金华", wgs84: [119.6427465, 29.0820414], gcj02: [119.6474509, 29.0790641] },
  { name: "泉州", wgs84: [118.6711365, 24.8770487], gcj02: [118.6756787, 24.8741363] },
  { name: "gcoord unit test", wgs84: [123, 45], gcj02: [123.00607541, 45.00197815] },
];

const at = ([lon, lat]: [number, number]): LatLon => ({ lat, lon });

describe("WGS-84 → GCJ-02 for GCJ-02 tiles", () => {
  it.each(REFERENCE)("draws $name within 20 m of its published GCJ-02 position", (ref) => {
    const shown = toDisplay(at(ref.wgs84), "gcj02");
    expect(metersBetween(shown, at(ref.gcj02))).toBeLessThan(20);
    // The offset itself is hundreds of metres: the test would catch a missing conversion.
    expect(metersBetween(at(ref.wgs84), at(ref.gcj02))).toBeGreaterThan(200);
  });

  it.each(REFERENCE)("takes a point picked on the map at $name back within 1 m", (ref) => {
    const stored = at(ref.wgs84);
    const back = fromDisplay(toDisplay(stored, "gcj02"), "gcj02");
    expect(metersBetween(back, stored)).toBeLessThan(1);
  });

  it("moves the Shanghai demo customers too, by the 300–600 m the tiles are off", () => {
    const bund = { lat: 31.2397, lon: 121.4998 };
    const moved = metersBetween(bund, toDisplay(bund, "gcj02"));
    expect(moved).toBeGreaterThan(300);
    expect(moved).toBeLessThan(700);
  });

  it.each([
    ["Munich", { lat: 48.1372, lon: 11.5756 }],
    ["San Francisco", { lat: 37.7749, lon: -122.4194 }],
    ["Sydney", { lat: -33.8688, lon: 151.2093 }],
  ])("leaves %s (outside China) where it is", (_, p) => {
    expect(toDisplay(p, "gcj02")).toEqual(p);
    expect(fromDisplay(p, "gcj02")).toEqual(p);
  });

  it("changes nothing on WGS-84 tiles", () => {
    const p = { lat: 31.23, lon: 121.47 };
    expect(toDisplay(p, "wgs84")).toBe(p);
    expect(fromDisplay(p, "wgs84")).toBe(p);
  });
});
