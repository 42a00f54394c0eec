import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solve } from "../planner/solve.ts";
import { addDays, daysBetween, localDate, zonedTime } from "../time.ts";
import { type Booking, DEFAULT_TIER_CADENCE } from "./cadence.ts";
import { buildProblem, type FixedVisit, readSolution } from "./plan-build.ts";
import {
  type CustomerFacts,
  type ExistingVisit,
  type Horizon,
  horizonDates,
  isReplaced,
  planCandidates,
  scoreFor,
} from "./plan-candidates.ts";

/**
 * Random sequences of overlapping plans, each computed by the real engine and published as
 * the service publishes, with some of the new visits then agreed with the customer. After
 * every step: no customer has two visits closer than its minimum interval, and no agreed
 * visit was moved or cancelled.
 */
const TZ = "Asia/Shanghai";
const TODAY = "2030-06-03"; // a Monday
const REPS = ["rep-a", "rep-b"];
const home = { lat: 31.23, lon: 121.47 };

type SimVisit = ExistingVisit & { id: string; cancelled: boolean };

const customerArb = fc.record({
  tier: fc.constantFrom("A", "B", "C"),
  lastDaysAgo: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  owner: fc.constantFrom(...REPS),
  dLat: fc.double({ min: -0.08, max: 0.08, noNaN: true }),
  dLon: fc.double({ min: -0.08, max: 0.08, noNaN: true }),
});
const planArb = fc.record({
  startOffset: fc.integer({ min: 0, max: 20 }),
  days: fc.integer({ min: 1, max: 5 }),
  reps: fc.constantFrom<string[]>([REPS[0]!], [REPS[1]!], REPS),
  includeNotDue: fc.boolean(),
  agreeEvery: fc.integer({ min: 0, max: 4 }),
});

type RawCustomer = typeof customerArb extends fc.Arbitrary<infer T> ? T : never;
type RawPlan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function facts(c: RawCustomer, i: number): CustomerFacts {
  return {
    id: `c${i}`,
    name: `c${i}`,
    ownerId: c.owner,
    tier: c.tier,
    minDays: null,
    maxDays: null,
    lastVisitedAt:
      c.lastDaysAgo === null ? null : zonedTime(addDays(TODAY, -c.lastDaysAgo), "10:00", TZ),
    position: { lat: home.lat + c.dLat, lon: home.lon + c.dLon },
    visitWindows: null,
    serviceMin: 45,
    valueCents: null,
    openNeeds: [],
  };
}

function runPlan(customers: CustomerFacts[], visits: SimVisit[], p: RawPlan) {
  const startDate = addDays(TODAY, p.startOffset);
  const bounds = new Map(
    p.reps.map((r) => [
      r,
      {
        from: zonedTime(startDate, "00:00", TZ),
        to: zonedTime(addDays(startDate, p.days), "00:00", TZ),
      },
    ]),
  );
  const horizon: Horizon = { repIds: p.reps, bounds, freezeUntil: zonedTime(TODAY, "00:00", TZ) };
  const live = visits.filter((v) => !v.cancelled);
  const replaced = new Set(live.filter((v) => isReplaced(v, horizon)).map((v) => v.id));
  const kept = live.filter((v) => !replaced.has(v.id));
  const on = zonedTime(startDate, "12:00", TZ);
  const mine = customers.filter((c) => p.reps.includes(c.ownerId));
  const scored = mine.map((c) => {
    const bookings: Booking[] = kept
      .filter((v) => v.customerId === c.id)
      .map((v) => ({ at: v.start, agreed: v.locked, by: { name: null, viaPlan: v.fromPlan } }));
    return scoreFor(c, bookings, on, TZ);
  });
  const { candidates } = planCandidates(scored, {
    dates: horizonDates(startDate, p.days),
    timeZone: TZ,
    includeNotDue: p.includeNotDue,
  });
  const byId = new Map(customers.map((c) => [c.id, c]));
  const fixed: FixedVisit[] = kept
    .filter((v) => {
      const b = bounds.get(v.repId);
      return b && v.start >= b.from && v.start < b.to;
    })
    .map((v) => ({
      visitId: v.id,
      customerId: v.customerId,
      name: v.customerId,
      repId: v.repId,
      position: byId.get(v.customerId)!.position!,
      start: v.start,
      end: new Date(v.start.getTime() + 45 * 60_000),
    }));
  const input = {
    startDate,
    days: p.days,
    reps: p.reps.map((id) => ({ id, name: id, home, timeZone: TZ, workingHours: null })),
    candidates,
    fixed,
  };
  const built = buildProblem(input);
  const result = readSolution(
    input,
    built,
    solve(built.problem, { timeLimitMs: 10_000, maxIterations: 60, seed: 7 }),
  );
  // Publish: the replaced visits go, the plan's new stops come.
  for (const v of visits) if (replaced.has(v.id)) v.cancelled = true;
  let n = 0;
  for (const route of result.routes) {
    for (const stop of route.stops) {
      if (stop.fixed) continue;
      n++;
      visits.push({
        id: `v${visits.length}`,
        customerId: stop.customerId,
        repId: route.repId,
        start: new Date(stop.start),
        status: "planned",
        locked: p.agreeEvery > 0 && n % p.agreeEvery === 0,
        fromPlan: true,
        cancelled: false,
      });
    }
  }
}

function checkInvariants(
  customers: CustomerFacts[],
  visits: SimVisit[],
  agreed: Map<string, number>,
) {
  for (const c of customers) {
    const days = visits
      .filter((v) => !v.cancelled && v.customerId === c.id)
      .map((v) => localDate(v.start, TZ));
    if (c.lastVisitedAt) days.push(localDate(c.lastVisitedAt, TZ));
    days.sort();
    const min = DEFAULT_TIER_CADENCE[c.tier]!.minDays;
    for (let i = 1; i < days.length; i++) {
      expect(
        daysBetween(days[i - 1]!, days[i]!),
        `${c.id} ${c.tier}: ${days}`,
      ).toBeGreaterThanOrEqual(min);
    }
  }
  for (const [id, at] of agreed) {
    const v = visits.find((x) => x.id === id)!;
    expect(v.cancelled, `agreed ${id} cancelled`).toBe(false);
    expect(v.start.getTime()).toBe(at);
  }
}

describe("plans over what is already booked", () => {
  it("never books a customer closer than its minimum interval, never moves an agreed visit", () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { minLength: 4, maxLength: 12 }),
        fc.array(planArb, { minLength: 2, maxLength: 5 }),
        (raw, plans) => {
          const customers = raw.map(facts);
          const visits: SimVisit[] = [];
          const agreed = new Map<string, number>();
          for (const p of plans) {
            runPlan(customers, visits, p);
            for (const v of visits)
              if (v.locked && !agreed.has(v.id)) agreed.set(v.id, v.start.getTime());
            checkInvariants(customers, visits, agreed);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("replaces only unagreed visits that plans made, inside the plan's reps and days", () => {
    const from = zonedTime("2030-06-10", "00:00", TZ);
    const to = zonedTime("2030-06-12", "00:00", TZ);
    const h: Horizon = {
      repIds: ["r"],
      bounds: new Map([["r", { from, to }]]),
      freezeUntil: zonedTime("2030-06-10", "12:00", TZ),
    };
    const v: ExistingVisit = {
      customerId: "c",
      repId: "r",
      start: zonedTime("2030-06-11", "09:00", TZ),
      status: "planned",
      locked: false,
      fromPlan: true,
    };
    expect(isReplaced(v, h)).toBe(true);
    expect(isReplaced({ ...v, locked: true }, h)).toBe(false);
    expect(isReplaced({ ...v, fromPlan: false }, h)).toBe(false);
    expect(isReplaced({ ...v, status: "checked_in" }, h)).toBe(false);
    expect(isReplaced({ ...v, repId: "other" }, h)).toBe(false);
    expect(isReplaced({ ...v, start: zonedTime("2030-06-12", "09:00", TZ) }, h)).toBe(false);
    expect(isReplaced({ ...v, start: zonedTime("2030-06-10", "09:00", TZ) }, h)).toBe(false);
  });
});

describe("due across the plan's days", () => {
  const week = horizonDates(TODAY, 5);
  const customer = (tier: "A" | "B" | "C", lastDaysAgo: number | null) =>
    facts({ tier, lastDaysAgo, owner: REPS[0]!, dLat: 0, dLon: 0 }, 1);
  const pool = (c: CustomerFacts, dates = week) =>
    planCandidates([scoreFor(c, [], zonedTime(dates[0]!, "12:00", TZ), TZ)], {
      dates,
      timeZone: TZ,
      includeNotDue: false,
    }).candidates;

  it("offers a customer that becomes due inside the plan, on the days it is due", () => {
    // A-tier: 7 to 14 days. Visited 5 days before the plan: due from its third day.
    const [c] = pool(customer("A", 5));
    expect(c?.dates).toEqual([addDays(TODAY, 2), addDays(TODAY, 3), addDays(TODAY, 4)]);
    expect(c?.mandatory).toBe(false);
    expect(c?.reasons).toContainEqual({ code: "days_since", days: 7, max: 14 });
  });

  it("leaves out a customer not due before the plan ends", () => {
    expect(pool(customer("A", 1))).toEqual([]);
  });

  it("must plan a customer that would pass its maximum interval before the last day", () => {
    // Visited 11 days before: due now, 15 days on the fifth day (over 14).
    expect(pool(customer("A", 11))[0]?.mandatory).toBe(true);
    // A one-day plan judges that day only.
    expect(pool(customer("A", 11), [TODAY])[0]?.mandatory).toBe(false);
    // Visited 9 days before: 13 days on the fifth day, still within 14.
    expect(pool(customer("A", 9))[0]?.mandatory).toBe(false);
  });
});
