import { describe, expect, it } from "vitest";
import { bookableDates, type CadenceInput, intervalFor, priority } from "./cadence.ts";
import { explain } from "./reasons.ts";

const on = new Date("2026-06-30T08:00:00Z");
const daysAgo = (d: number) => new Date(on.getTime() - d * 86_400_000);
const base: CadenceInput = {
  tier: "A",
  minDays: null,
  maxDays: null,
  lastVisitedAt: daysAgo(3),
  openNeeds: [],
  satisfaction: null,
  bookings: [],
  valueCents: null,
};

describe("cadence", () => {
  it("uses tier defaults unless the customer overrides them", () => {
    expect(intervalFor({ tier: "A", minDays: null, maxDays: null })).toEqual({
      minDays: 7,
      maxDays: 14,
    });
    expect(intervalFor({ tier: "B", minDays: 10, maxDays: null })).toEqual({
      minDays: 10,
      maxDays: 30,
    });
    expect(intervalFor({ tier: "Z", minDays: null, maxDays: null })).toEqual({
      minDays: 30,
      maxDays: 90,
    });
  });

  it.each([
    // [days since last visit, due, mandatory]
    [3, false, false],
    [7, true, false],
    [14, true, false],
    [15, true, true],
    [40, true, true],
  ])("A-tier %i days after a visit: due %s, mandatory %s", (days, due, mandatory) => {
    const p = priority({ ...base, lastVisitedAt: daysAgo(days) }, on);
    expect(p.due).toBe(due);
    expect(p.mandatory).toBe(mandatory);
    expect(p.daysSince).toBe(days);
  });

  it("ranks by tier, lateness and needs", () => {
    const c = priority({ ...base, tier: "C", lastVisitedAt: daysAgo(40) }, on).score;
    const aLate = priority({ ...base, lastVisitedAt: daysAgo(34) }, on).score;
    const aLateWithNeeds = priority(
      {
        ...base,
        lastVisitedAt: daysAgo(34),
        openNeeds: [
          { importance: 4, overdue: true },
          { importance: 2, overdue: false },
        ],
      },
      on,
    ).score;
    expect(aLate).toBeGreaterThan(c);
    expect(aLateWithNeeds).toBeGreaterThan(aLate);
  });

  it("makes an overdue need or low satisfaction a reason to go even when not due by time", () => {
    expect(priority({ ...base, openNeeds: [{ importance: 3, overdue: true }] }, on).due).toBe(true);
    expect(priority({ ...base, satisfaction: 2 }, on).due).toBe(true);
  });

  it("explains itself in English and Chinese", () => {
    const p = priority(
      {
        ...base,
        maxDays: 30,
        minDays: 14,
        lastVisitedAt: daysAgo(34),
        openNeeds: [
          { importance: 3, overdue: true },
          { importance: 2, overdue: false },
        ],
      },
      on,
    );
    expect(explain(p.reasons, "en")).toBe(
      "A-tier · 34 days since last visit (max 30) · 2 open needs, one overdue",
    );
    expect(explain(p.reasons, "zh-CN")).toBe(
      "A类客户 · 距上次拜访34天（上限30天） · 2个未结需求，1个已逾期",
    );
    expect(explain(priority({ ...base, lastVisitedAt: null }, on).reasons, "en")).toBe(
      "A-tier · never visited",
    );
  });

  it("counts calendar days in the rep's zone, whatever the hour", () => {
    // Visited late on 1 June in Shanghai; asked early on 2 June there: one day, not zero.
    const visited = new Date("2026-06-01T15:30:00Z"); // 23:30 in Shanghai
    const early = new Date("2026-06-01T16:30:00Z"); // 00:30 on 2 June in Shanghai
    const late = new Date("2026-06-02T15:59:00Z"); // 23:59 on 2 June in Shanghai
    const input = { ...base, lastVisitedAt: visited };
    expect(priority(input, early, undefined, "Asia/Shanghai").daysSince).toBe(1);
    expect(priority(input, late, undefined, "Asia/Shanghai").daysSince).toBe(1);
    expect(priority(input, early, undefined, "UTC").daysSince).toBe(0);
  });

  describe("with visits already booked", () => {
    const by = { name: "王芳", viaPlan: true };
    const daysAhead = (d: number) => new Date(on.getTime() + d * 86_400_000);

    it("a booking from today on serves the cadence: not due, not mandatory, named", () => {
      const p = priority(
        {
          ...base,
          lastVisitedAt: daysAgo(40),
          bookings: [{ at: daysAhead(4), agreed: false, by }],
        },
        on,
      );
      expect(p).toMatchObject({ due: false, mandatory: false, booked: true });
      expect(explain(p.reasons, "en")).toContain("booked 4 Jul by 王芳's plan");
      expect(explain(p.reasons, "zh-CN")).toContain("已由王芳的计划安排在7月4日");
    });

    it("a booking before today counts as the last visit", () => {
      // Planning for 7 July: booked 4 July, A-tier minimum 7 days → not yet due.
      const p = priority(
        { ...base, lastVisitedAt: daysAgo(48), bookings: [{ at: daysAgo(3), agreed: false, by }] },
        on,
      );
      expect(p.daysSince).toBe(3);
      expect(p.due).toBe(false);
      expect(explain(p.reasons, "en")).toBe(
        "A-tier · 3 days after the visit booked 27 Jun by 王芳's plan",
      );
    });

    it("a booking too far away still needs a visit in between (the cadence demands it)", () => {
      // Last seen 14 days ago, next booked in 20 days: 34 > max 14, and 20 ≥ min 7.
      const p = priority(
        {
          ...base,
          lastVisitedAt: daysAgo(14),
          bookings: [{ at: daysAhead(20), agreed: true, by }],
        },
        on,
      );
      expect(p).toMatchObject({ due: true, booked: false });
      expect(explain(p.reasons, "en")).toContain("agreed visit on 20 Jul");
    });

    it("allows only the days that keep the minimum interval from every visit", () => {
      const dates = ["2026-06-29", "2026-06-30", "2026-07-01", "2026-07-06", "2026-07-07"];
      const input = {
        ...base,
        lastVisitedAt: daysAgo(20),
        bookings: [{ at: new Date("2026-07-13T09:00:00Z"), agreed: true, by }],
      };
      // 7 days from 13 July: 6 July is the last allowed day.
      expect(bookableDates(input, dates)).toEqual([
        "2026-06-29",
        "2026-06-30",
        "2026-07-01",
        "2026-07-06",
      ]);
      const inside = {
        ...input,
        bookings: [{ at: new Date("2026-07-01T09:00:00Z"), agreed: false, by }],
      };
      expect(bookableDates(inside, dates)).toEqual([]);
    });
  });
});
