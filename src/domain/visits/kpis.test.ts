import { describe, expect, it } from "vitest";
import {
  addSums,
  type CoverageFacts,
  coverageOf,
  EMPTY_SUMS,
  type Kpis,
  kpis,
  type VisitSums,
  workingDays,
  workingWeekdays,
} from "./kpis.ts";

const sums = (over: Partial<VisitSums>): VisitSums => ({ ...EMPTY_SUMS, ...over });

describe("kpis", () => {
  it.each<[string, Partial<VisitSums>, Partial<Kpis>]>([
    [
      "nothing at all: every ratio is null, face time 0",
      {},
      {
        visitsPerWorkingDay: null,
        planCompletionRate: null,
        coverageRate: null,
        validVisitRate: null,
        avgDwellMinutes: null,
        faceMinutes: 0,
        travelMinutes: null,
        travelShare: null,
        effectiveness: null,
      },
    ],
    ["visits per working day", { completed: 9, workingDays: 4 }, { visitsPerWorkingDay: 2.25 }],
    ["plan completion", { planned: 8, completed: 6 }, { planCompletionRate: 0.75 }],
    ["completion rounds to 4 digits", { planned: 3, completed: 1 }, { planCompletionRate: 0.3333 }],
    ["coverage", { due: 5, covered: 4 }, { coverageRate: 0.8 }],
    ["valid visits", { completed: 4, verified: 3 }, { validVisitRate: 0.75 }],
    ["average dwell", { timed: 3, dwellMinutes: 100 }, { avgDwellMinutes: 33.3, faceMinutes: 100 }],
    [
      "travel known",
      { timed: 2, dwellMinutes: 90, travelMinutes: 30, travelKnown: 2 },
      { travelMinutes: 30, travelShare: 0.25 },
    ],
    [
      "travel unknown stays null even with face time",
      { timed: 2, dwellMinutes: 90 },
      { travelMinutes: null, travelShare: null, faceMinutes: 90 },
    ],
    [
      "effectiveness: 4 + 5 points over 1.5 hours",
      { scoreSum: 9, scoredMinutes: 90 },
      { effectiveness: 6 },
    ],
    [
      "effectiveness with no timed hours",
      { scoreSum: 9, scoredMinutes: 0 },
      { effectiveness: null },
    ],
  ])("%s", (_name, input, expected) => {
    expect(kpis(sums(input))).toMatchObject(expected);
  });

  it("adds sums field by field, so totals are ratios of totals", () => {
    const a = sums({ planned: 4, completed: 2, workingDays: 5 });
    const b = sums({ planned: 6, completed: 6, workingDays: 5 });
    const total = kpis(addSums(a, b));
    expect(total.planCompletionRate).toBe(0.8);
    expect(total.visitsPerWorkingDay).toBe(0.8);
  });
});

describe("workingDays", () => {
  it.each<[string, string, string, Parameters<typeof workingWeekdays>[0], number]>([
    ["a Mon–Sun week, default hours", "2026-11-16", "2026-11-22", null, 5],
    ["one Saturday", "2026-11-21", "2026-11-21", null, 0],
    ["November 2026", "2026-11-01", "2026-11-30", undefined, 21],
    [
      "Mon–Sat hours",
      "2026-11-16",
      "2026-11-22",
      { sat: [{}], mon: [{}], tue: [{}], wed: [{}], thu: [{}], fri: [{}] },
      6,
    ],
    ["empty windows fall back to Mon–Fri", "2026-11-16", "2026-11-22", { mon: [] }, 5],
    ["across a leap day", "2028-02-28", "2028-03-01", null, 3],
  ])("%s", (_name, from, to, hours, n) => {
    expect(workingDays(from, to, workingWeekdays(hours))).toBe(n);
  });
});

describe("coverageOf", () => {
  const period = { start: new Date("2026-11-01T00:00:00Z"), end: new Date("2026-12-01T00:00:00Z") };
  const d = (s: string) => new Date(`${s}T12:00:00Z`);
  it.each<[string, CoverageFacts, { due: boolean; covered: boolean }]>([
    [
      "never visited, not visited",
      { lastBefore: null, firstIn: null, maxDays: 14 },
      { due: true, covered: false },
    ],
    [
      "never visited, visited",
      { lastBefore: null, firstIn: d("2026-11-29"), maxDays: 14 },
      { due: true, covered: true },
    ],
    [
      "deadline after the period: not due",
      { lastBefore: d("2026-10-25"), firstIn: null, maxDays: 90 },
      { due: false, covered: false },
    ],
    [
      "not due even if visited",
      { lastBefore: d("2026-10-25"), firstIn: d("2026-11-03"), maxDays: 90 },
      { due: false, covered: false },
    ],
    [
      "due mid-period, visited before the deadline",
      { lastBefore: d("2026-10-25"), firstIn: d("2026-11-07"), maxDays: 14 },
      { due: true, covered: true },
    ],
    [
      "due mid-period, visited on the deadline",
      { lastBefore: d("2026-10-25"), firstIn: d("2026-11-08"), maxDays: 14 },
      { due: true, covered: true },
    ],
    [
      "due mid-period, visited too late",
      { lastBefore: d("2026-10-25"), firstIn: d("2026-11-20"), maxDays: 14 },
      { due: true, covered: false },
    ],
    [
      "overdue at the start, visited in the period",
      { lastBefore: d("2026-08-01"), firstIn: d("2026-11-28"), maxDays: 30 },
      { due: true, covered: true },
    ],
    [
      "overdue at the start, not visited",
      { lastBefore: d("2026-08-01"), firstIn: null, maxDays: 30 },
      { due: true, covered: false },
    ],
  ])("%s", (_name, facts, expected) => {
    expect(coverageOf(facts, period)).toEqual(expected);
  });
});
