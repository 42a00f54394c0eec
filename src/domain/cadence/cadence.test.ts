import { describe, expect, it } from "vitest";
import {
  type Cadence,
  dueAt,
  firstRunAt,
  periodAt,
  renderTemplate,
  rruleProblem,
} from "./cadence.ts";

const t = (iso: string) => new Date(iso);
const anchor = t("2026-01-05T08:00:00Z"); // a Monday

describe("periodAt", () => {
  it.each<[string, Cadence, string, string | null, string | null, string | null]>([
    ["before the anchor", { everyDays: 7 }, "2026-01-04T00:00:00Z", null, null, null],
    [
      "at the anchor",
      { everyDays: 7 },
      "2026-01-05T08:00:00Z",
      "7d:0",
      "2026-01-05T08:00:00.000Z",
      "2026-01-12T08:00:00.000Z",
    ],
    [
      "just before the 2nd period",
      { everyDays: 7 },
      "2026-01-12T07:59:59.999Z",
      "7d:0",
      "2026-01-05T08:00:00.000Z",
      "2026-01-12T08:00:00.000Z",
    ],
    [
      "in the 3rd period",
      { everyDays: 7 },
      "2026-01-20T00:00:00Z",
      "7d:2",
      "2026-01-19T08:00:00.000Z",
      "2026-01-26T08:00:00.000Z",
    ],
    [
      "daily",
      { everyDays: 1 },
      "2026-01-06T09:00:00Z",
      "1d:1",
      "2026-01-06T08:00:00.000Z",
      "2026-01-07T08:00:00.000Z",
    ],
    [
      "weekly on Monday, Sunday after",
      { rrule: "FREQ=WEEKLY;BYDAY=MO" },
      "2026-01-11T23:00:00Z",
      "2026-01-05",
      "2026-01-05T08:00:00.000Z",
      "2026-01-12T08:00:00.000Z",
    ],
    [
      "weekly on Monday, at the occurrence",
      { rrule: "FREQ=WEEKLY;BYDAY=MO" },
      "2026-01-12T08:00:00Z",
      "2026-01-12",
      "2026-01-12T08:00:00.000Z",
      "2026-01-19T08:00:00.000Z",
    ],
    [
      "with an RRULE: prefix",
      { rrule: "RRULE:FREQ=WEEKLY;BYDAY=MO" },
      "2026-01-13T00:00:00Z",
      "2026-01-12",
      "2026-01-12T08:00:00.000Z",
      "2026-01-19T08:00:00.000Z",
    ],
    [
      "monthly on the 1st, before any",
      { rrule: "FREQ=MONTHLY;BYMONTHDAY=1" },
      "2026-01-20T00:00:00Z",
      null,
      null,
      null,
    ],
    [
      "monthly on the 1st",
      { rrule: "FREQ=MONTHLY;BYMONTHDAY=1" },
      "2026-03-15T00:00:00Z",
      "2026-03-01",
      "2026-03-01T08:00:00.000Z",
      "2026-04-01T08:00:00.000Z",
    ],
    [
      "every two weeks",
      { rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" },
      "2026-01-14T00:00:00Z",
      "2026-01-05",
      "2026-01-05T08:00:00.000Z",
      "2026-01-19T08:00:00.000Z",
    ],
  ])("%s", (_label, cadence, now, key, start, next) => {
    const p = periodAt(cadence, anchor, t(now));
    if (key === null) return expect(p).toBeNull();
    expect(p).toEqual({ key, start: t(start!), next: t(next!) });
  });

  it("gives the same key for every instant of one period", () => {
    const keys = new Set<string>();
    for (let h = 0; h < 7 * 24; h += 5) {
      keys.add(periodAt({ everyDays: 7 }, anchor, new Date(anchor.getTime() + h * 3600_000))!.key);
    }
    expect([...keys]).toEqual(["7d:0"]);
  });
});

describe("firstRunAt and dueAt", () => {
  const now = t("2026-01-07T00:00:00Z");
  it.each<[string, Cadence, Date, string]>([
    ["a current period runs now", { everyDays: 7 }, anchor, now.toISOString()],
    [
      "a future anchor waits for it",
      { everyDays: 7 },
      t("2026-02-01T00:00:00Z"),
      "2026-02-01T00:00:00.000Z",
    ],
    [
      "an RRULE before its first occurrence waits",
      { rrule: "FREQ=MONTHLY;BYMONTHDAY=1" },
      anchor,
      "2026-02-01T08:00:00.000Z",
    ],
  ])("%s", (_label, cadence, a, expected) => {
    expect(firstRunAt(cadence, a, now).toISOString()).toBe(expected);
  });

  it.each([
    [undefined, "2026-01-05T08:00:00.000Z"],
    [0, "2026-01-05T08:00:00.000Z"],
    [3, "2026-01-08T08:00:00.000Z"],
  ])("offset %s days", (dueOffsetDays, expected) => {
    const cadence = { everyDays: 7, dueOffsetDays };
    expect(dueAt(cadence, periodAt(cadence, anchor, now)!).toISOString()).toBe(expected);
  });
});

describe("rruleProblem", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", null],
    ["RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15", null],
    ["FREQ=DAILY;INTERVAL=3", null],
    ["FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", null],
    ["", "pairs"],
    ["hello", "pairs"],
    ["FREQ=weekly", "pairs"],
    ["BYDAY=MO", "FREQ must be"],
    ["FREQ=HOURLY", "FREQ must be"],
    ["FREQ=BOGUS", "FREQ must be"],
    ["FREQ=WEEKLY;COUNT=3", "COUNT is not supported"],
    ["FREQ=WEEKLY;UNTIL=20260101T000000Z", "UNTIL is not supported"],
    ["FREQ=WEEKLY;FREQ=DAILY", "repeated"],
    ["FREQ=WEEKLY;BYDAY=XX", "cannot be parsed"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "never occurs"],
  ])("%s → %s", (rule, problem) => {
    const got = rruleProblem(rule);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toContain(problem);
  });
});

describe("renderTemplate", () => {
  it.each([
    [null, null],
    ["Call {{customer.name}}", "Call 华为"],
    ["{{ customer.name }} and {{customer.name}}", "华为 and 华为"],
    ["Unknown {{customer.city}} stays", "Unknown {{customer.city}} stays"],
    ["$& is not a replacement pattern: {{customer.name}}", "$& is not a replacement pattern: 华为"],
  ])("%s", (template, expected) => {
    expect(renderTemplate(template, { customerName: "华为" })).toBe(expected);
  });
});
