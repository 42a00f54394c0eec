import { describe, expect, it } from "vitest";
import type { PlanResult } from "./api.ts";
import {
  colorRoutes,
  groupByDay,
  hoursMinutes,
  luminance,
  nextMonday,
  repDirectory,
  routeColor,
  routePoints,
} from "./model.ts";

const stop = (customerId: string, lat?: number, lon?: number) => ({
  customerId,
  name: customerId,
  visitId: null,
  fixed: false,
  arrival: "2030-01-07T01:00:00.000Z",
  start: "2030-01-07T01:00:00.000Z",
  end: "2030-01-07T01:45:00.000Z",
  travelKm: 3,
  travelMin: 6,
  reasons: [{ code: "tier" as const, tier: "A" }],
  reasonText: "A-tier",
  lat,
  lon,
});
const route = (repId: string, date: string, stops = [stop("c1", 31.2, 121.5)]) => ({
  repId,
  date,
  stops,
  km: 10,
  travelMin: 20,
  visitMin: 45,
  leave: `${date}T00:30:00.000Z`,
  back: `${date}T09:00:00.000Z`,
});

describe("planning model", () => {
  it("defaults to the next Monday, never today", () => {
    expect(nextMonday(new Date(2026, 10, 22))).toBe("2026-11-23"); // Sunday
    expect(nextMonday(new Date(2026, 10, 23))).toBe("2026-11-30"); // Monday
    expect(nextMonday(new Date(2026, 10, 28))).toBe("2026-11-30"); // Saturday
    expect(nextMonday(new Date(2026, 11, 29))).toBe("2027-01-04"); // across the year
  });

  it("gives every route a distinct colour that white numbers are readable on", () => {
    const colours = Array.from({ length: 40 }, (_, i) => routeColor(i));
    expect(new Set(colours).size).toBe(40);
    for (const c of colours) {
      const rgb = [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      expect(1.05 / (luminance(rgb) + 0.05), c).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("groups routes by day over the whole horizon, empty days included", () => {
    const result = {
      routes: [route("r1", "2030-01-07"), route("r2", "2030-01-07"), route("r1", "2030-01-09")],
      unplanned: [],
      totals: {
        visits: 3,
        km: 30,
        travelMin: 60,
        visitMin: 135,
        valueCoveredCents: 0,
        mandatoryMissed: 0,
      },
    } satisfies PlanResult;
    const routes = colorRoutes(result);
    expect(routes.map((r) => r.key)).toEqual(["r1|2030-01-07", "r2|2030-01-07", "r1|2030-01-09"]);
    const days = groupByDay(routes, "2030-01-07", 3);
    expect(days.map((d) => [d.date, d.routes.length])).toEqual([
      ["2030-01-07", 2],
      ["2030-01-08", 0],
      ["2030-01-09", 1],
    ]);
  });

  it("draws a route from home through the located stops and back", () => {
    const r = route("r1", "2030-01-07", [
      stop("a", 31.2, 121.5),
      stop("b"),
      stop("c", 31.3, 121.4),
    ]);
    expect(routePoints(r, { lat: 31, lon: 121 })).toEqual([
      [31, 121],
      [31.2, 121.5],
      [31.3, 121.4],
      [31, 121],
    ]);
    expect(routePoints(route("r1", "2030-01-07", [stop("x")]), { lat: 31, lon: 121 })).toEqual([]);
  });

  it("names reps from the plan or the user list", () => {
    expect(hoursMinutes(125)).toEqual({ h: 2, m: "05" });
    const reps = repDirectory(["r1", "r2"], null, [
      { id: "r2", name: "Lukas", timeZone: "Europe/Berlin" },
    ] as never);
    expect(reps.get("r2")).toEqual({ id: "r2", name: "Lukas", timeZone: "Europe/Berlin" });
    expect(reps.get("r1")?.name).toBe("r1");
  });
});
