import { describe, expect, it } from "vitest";
import { checkInBreaches, checkOutBreaches, exceptionKinds, offWindow } from "./proof.ts";

const S = { radiusM: 200, windowMarginMinutes: 60, shortVisitMinutes: 5 };
const start = new Date("2030-03-04T09:00:00Z");
const end = new Date("2030-03-04T10:00:00Z");
const at = (iso: string) => new Date(iso);
const min = (n: number) => new Date(start.getTime() + n * 60_000);

describe("offWindow", () => {
  it.each([
    ["2030-03-04T08:30:00Z", 30, 0],
    ["2030-03-04T09:30:00Z", 0, 0],
    ["2030-03-04T10:00:00Z", 0, 0],
    ["2030-03-04T12:15:00Z", 0, 135],
    ["2030-03-03T09:00:00Z", 1440, 0],
  ])("%s → early %i, late %i", (iso, early, late) => {
    expect(offWindow(at(iso), start, end)).toEqual({ early, late });
  });
});

describe("checkInBreaches", () => {
  const base = {
    type: "on_site",
    plannedStart: start,
    plannedEnd: end,
    verification: "verified" as const,
    distanceM: 50,
  };
  it.each([
    ["inside the window", min(30), []],
    ["exactly at the margin before", min(-60), []],
    ["exactly at the margin after", min(120), []],
    [
      "a minute past the margin before",
      min(-61),
      [{ rule: "early", minutes: 61, marginMinutes: 60 }],
    ],
    ["a day early", min(-1440), [{ rule: "early", minutes: 1440, marginMinutes: 60 }]],
    ["late", min(185), [{ rule: "late", minutes: 125, marginMinutes: 60 }]],
  ])("%s", (_label, when, expected) => {
    expect(checkInBreaches({ ...base, at: when }, S)).toEqual(expected);
  });

  it("needs a reason out of radius, on site only, and names both rules when both break", () => {
    const far = {
      ...base,
      verification: "out_of_radius" as const,
      distanceM: 3120,
      at: min(-1440),
    };
    expect(checkInBreaches(far, S)).toEqual([
      { rule: "out_of_radius", distanceM: 3120, radiusM: 200 },
      { rule: "early", minutes: 1440, marginMinutes: 60 },
    ]);
    // A phone call is made from anywhere: only the time counts.
    expect(checkInBreaches({ ...far, type: "phone" }, S).map((b) => b.rule)).toEqual(["early"]);
    // No position: unverified, never refused.
    const blind = { ...base, verification: "unverified" as const, distanceM: null, at: min(0) };
    expect(checkInBreaches(blind, S)).toEqual([]);
  });
});

describe("checkOutBreaches", () => {
  it("needs a reason only out of radius, on site", () => {
    const far = { type: "on_site", verification: "out_of_radius" as const, distanceM: 900 };
    expect(checkOutBreaches(far, S)).toEqual([
      { rule: "out_of_radius", distanceM: 900, radiusM: 200 },
    ]);
    expect(checkOutBreaches({ ...far, type: "video" }, S)).toEqual([]);
    expect(checkOutBreaches({ ...far, verification: "verified", distanceM: 20 }, S)).toEqual([]);
  });
});

describe("exceptionKinds", () => {
  const clean = {
    type: "on_site",
    status: "completed" as const,
    plannedStart: start,
    plannedEnd: end,
    checkInAt: min(5),
    verification: "verified" as const,
    checkOutAt: min(50),
    checkOutVerification: "verified" as const,
  };
  it.each([
    ["a clean visit", {}, []],
    ["out of radius at check-out", { checkOutVerification: "out_of_radius" }, ["out_of_radius"]],
    ["unverified check-in", { verification: "unverified" }, ["unverified"]],
    ["unverified phone call", { type: "phone", verification: "unverified" }, []],
    ["early", { checkInAt: min(-90), checkOutAt: min(-30) }, ["early"]],
    ["late", { checkInAt: min(200), checkOutAt: min(240) }, ["late"]],
    ["short", { checkOutAt: min(9) }, ["short"]],
    ["exactly the minimum is not short", { checkOutAt: min(10) }, []],
    [
      "missed",
      { status: "missed", checkInAt: null, verification: null, checkOutAt: null },
      ["missed"],
    ],
    [
      "a planned visit yet to come",
      { status: "planned", checkInAt: null, verification: null, checkOutAt: null },
      [],
    ],
    [
      "several at once, in the listed order",
      { verification: "out_of_radius", checkInAt: min(-100), checkOutAt: min(-99) },
      ["out_of_radius", "early", "short"],
    ],
  ])("%s", (_label, change, expected) => {
    expect(exceptionKinds({ ...clean, ...change } as typeof clean, S)).toEqual(expected);
  });
});
