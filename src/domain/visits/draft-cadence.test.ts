import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, localDate, zonedTime } from "../time.ts";
import { type CustomerCadence, cadenceConflict, type OtherVisit } from "./draft-cadence.ts";
import { applyEdit, type DraftEnv, type EditOp } from "./draft-edit.ts";
import type { CustomerFacts, DraftResult, DraftStop, RetimeRep } from "./draft-retime.ts";
import { conflictText } from "./reasons.ts";

/**
 * Hand edits keep the cadence: a stop is never put closer than the customer's minimum interval
 * to another of its visits — its last completed one, a booking (by hand, agreed, any plan's),
 * or another stop of the draft — counted in calendar days in the zone of the rep making it.
 */
const TZ = "Asia/Shanghai";
const MONDAY = "2030-01-07";
const home = { lat: 31.2304, lon: 121.4737 };
const repA: RetimeRep = { id: "rep-a", home, timeZone: TZ, workingHours: null };
// A colleague in Munich: the same instant can be another calendar day for them.
const repB: RetimeRep = {
  id: "rep-b",
  home: { lat: 31.2, lon: 121.5 },
  timeZone: "Europe/Berlin",
  workingHours: null,
};
const byPlan = { name: "王芳", viaPlan: true };

/** 10:00 on `date` in the zone. */
const at = (date: string, zone = TZ) => zonedTime(date, "10:00", zone);
const booked = (date: string | Date, more: Partial<OtherVisit> = {}): OtherVisit => ({
  at: typeof date === "string" ? at(date) : date,
  kind: "booked",
  agreed: false,
  by: byPlan,
  ...more,
});

function stop(customerId: string, more: Partial<DraftStop> = {}): DraftStop {
  return {
    customerId,
    name: customerId,
    visitId: null,
    fixed: false,
    arrival: "",
    start: "",
    end: "",
    travelKm: 0,
    travelMin: 0,
    reasons: null,
    ...more,
  };
}

function route(repId: string, date: string, stops: DraftStop[]) {
  return {
    repId,
    date,
    stops,
    km: 0,
    travelMin: 0,
    visitMin: 0,
    leave: `${date}T00:00:00.000Z`,
    back: `${date}T00:00:00.000Z`,
  };
}

describe("cadenceConflict", () => {
  const cadence = (visits: OtherVisit[], minDays = 7): CustomerCadence => ({ minDays, visits });
  const on = (date: string, timeZone = TZ) => ({ customerId: "c1", date, timeZone });

  it("names the nearest visit closer than the minimum interval, and accepts one exactly at it", () => {
    const c = cadence([booked("2030-01-12"), booked("2029-12-20")]);
    expect(cadenceConflict({ routes: [] }, on("2030-01-09"), c)).toEqual({
      date: "2030-01-12",
      days: 3,
      minDays: 7,
      kind: "booked",
      agreed: false,
      by: byPlan,
    });
    // 7 days from the booking on each side: the interval is kept.
    expect(cadenceConflict({ routes: [] }, on("2030-01-05"), c)).toBeNull();
    expect(cadenceConflict({ routes: [] }, on("2030-01-19"), c)).toBeNull();
    // 28 Dec is 8 days after 20 Dec but 15 before 12 Jan: fine. 26 Dec: 6 after 20 Dec.
    expect(cadenceConflict({ routes: [] }, on("2029-12-28"), c)).toBeNull();
    expect(cadenceConflict({ routes: [] }, on("2029-12-26"), c)).toMatchObject({
      date: "2029-12-20",
      days: 6,
    });
  });

  it("counts the last completed visit, and prefers an agreed visit on a tie", () => {
    const c = cadence([
      { at: at("2030-01-05"), kind: "visited", agreed: false, by: null },
      booked("2030-01-11", { agreed: true }),
    ]);
    expect(cadenceConflict({ routes: [] }, on("2030-01-07"), c)).toMatchObject({
      date: "2030-01-05",
      kind: "visited",
      days: 2,
    });
    expect(cadenceConflict({ routes: [] }, on("2030-01-08"), c)).toMatchObject({
      date: "2030-01-11",
      kind: "booked",
      agreed: true,
      days: 3,
    });
  });

  it("never books a customer twice on one day, whatever the interval", () => {
    const c = cadence([booked("2030-01-08")], 0);
    expect(cadenceConflict({ routes: [] }, on("2030-01-08"), c)).toMatchObject({
      days: 0,
      minDays: 1,
    });
    expect(cadenceConflict({ routes: [] }, on("2030-01-09"), c)).toBeNull();
  });

  it("counts calendar days in the zone of the rep making the visit", () => {
    // 01:00 on Thursday in Shanghai is still Wednesday evening in Munich.
    const c = cadence([booked(zonedTime("2030-01-10", "01:00", TZ))], 2);
    expect(localDate(c.visits[0]!.at, "Europe/Berlin")).toBe("2030-01-09");
    expect(cadenceConflict({ routes: [] }, on("2030-01-08", TZ), c)).toBeNull();
    expect(cadenceConflict({ routes: [] }, on("2030-01-08", "Europe/Berlin"), c)).toMatchObject({
      date: "2030-01-09",
      days: 1,
    });
  });

  it("counts the draft's other stops of the customer, but not the one being moved nor a fixed one twice", () => {
    const fixedAt = at("2030-01-09");
    const draft = {
      routes: [
        route(repA.id, "2030-01-07", [stop("c1"), stop("c2")]),
        route(repA.id, "2030-01-09", [
          stop("c1", { fixed: true, visitId: "v1", start: fixedAt.toISOString() }),
        ]),
      ],
    };
    // The fixed stop is the booking: reported once, as the booking it is.
    const c = cadence([booked(fixedAt, { by: { name: "李雷", viaPlan: false } })]);
    const moving = { route: 0, index: 0 };
    expect(cadenceConflict(draft, { ...on("2030-01-07"), moving }, c)).toMatchObject({
      kind: "booked",
      days: 2,
      by: { name: "李雷", viaPlan: false },
    });
    // Without the booking (say it was made by hand after the draft), the stop itself counts.
    expect(cadenceConflict(draft, { ...on("2030-01-07"), moving }, cadence([]))).toMatchObject({
      kind: "in_plan",
      date: "2030-01-09",
      days: 2,
    });
    // The stop being moved is not another visit of its customer.
    const alone = { routes: [route(repA.id, "2030-01-07", [stop("c1")])] };
    expect(cadenceConflict(alone, { ...on("2030-01-08"), moving }, cadence([]))).toBeNull();
    // Not moving: a second stop on the next day would be one day from it.
    expect(cadenceConflict(alone, on("2030-01-08"), cadence([]))).toMatchObject({ days: 1 });
  });
});

describe("conflictText", () => {
  const base = { date: "2030-12-04", days: 3, minDays: 7, agreed: false };
  it("names the other visit in the reader's language", () => {
    const planned = { ...base, kind: "booked" as const, by: { name: "王芳", viaPlan: true } };
    expect(conflictText(planned, "en")).toBe(
      "Too close to the visit booked 4 Dec by 王芳's plan: 3 days apart, and this customer's visits are at least 7 days apart.",
    );
    expect(conflictText(planned, "zh-CN")).toBe(
      "与由王芳的计划安排在12月4日的拜访仅相隔3天：该客户两次拜访至少间隔7天。",
    );
    const agreed = { ...planned, agreed: true, days: 0 };
    expect(conflictText(agreed, "en")).toBe(
      "On the same day as the agreed visit on 4 Dec: this customer's visits are at least 7 days apart.",
    );
    expect(conflictText(agreed, "zh-CN")).toBe(
      "与12月4日的约定拜访在同一天：该客户两次拜访至少间隔7天。",
    );
    const byHand = {
      ...base,
      days: 1,
      kind: "booked" as const,
      by: { name: "Li", viaPlan: false },
    };
    expect(conflictText(byHand, "en")).toContain("the visit booked 4 Dec with Li: 1 day apart");
    const visited = { ...base, kind: "visited" as const, by: null };
    expect(conflictText(visited, "en")).toContain("the last visit on 4 Dec");
    expect(conflictText(visited, "zh-CN")).toContain("12月4日的上次拜访");
    const inPlan = { ...base, kind: "in_plan" as const, by: null, everyDay: true };
    expect(conflictText(inPlan, "en")).toBe(
      "Every day of this plan is too close to its stop on 4 Dec in this plan: this customer's visits are at least 7 days apart.",
    );
    expect(conflictText(inPlan, "zh-CN")).toBe(
      "本计划每一天都与本计划中12月4日的站点间隔过近：该客户两次拜访至少间隔7天。",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Edits, directly and over random sequences.

const CUSTOMERS = ["c0", "c1", "c2", "c3", "c4", "c5"];
const facts = new Map<string, CustomerFacts>(
  CUSTOMERS.map((id, i) => [
    id,
    {
      name: id,
      ownerId: repA.id,
      position: { lat: home.lat + 0.01 * (i + 1), lon: home.lon + 0.005 * i },
      visitWindows: null,
      serviceMin: 30,
      valueCents: null,
    },
  ]),
);

function envOf(days: number, cadence?: Map<string, CustomerCadence>): DraftEnv {
  return {
    startDate: MONDAY,
    days,
    repIds: [repA.id, repB.id],
    reps: new Map([
      [repA.id, repA],
      [repB.id, repB],
    ]),
    facts,
    cadence,
  };
}

function emptyDraft(): DraftResult {
  return {
    routes: [],
    unplanned: CUSTOMERS.map((customerId) => ({
      customerId,
      name: customerId,
      reason: "not_worth_prize",
      reasons: [],
    })),
    totals: {
      visits: 0,
      km: 0,
      travelMin: 0,
      visitMin: 0,
      valueCoveredCents: 0,
      mandatoryMissed: 0,
    },
  };
}

const add = (customerId: string, more: Partial<EditOp & { op: "add" }> = {}): EditOp => ({
  op: "add",
  customerId,
  repId: repA.id,
  reasons: [],
  mandatory: false,
  valueCents: null,
  ...more,
});

function accepted(out: ReturnType<typeof applyEdit>): DraftResult {
  if ("refused" in out) throw new Error(`refused: ${JSON.stringify(out.refused)}`);
  return out.draft;
}

const dateOf = (d: DraftResult, customerId: string) =>
  d.routes.find((r) => r.stops.some((s) => s.customerId === customerId))?.date;

describe("applyEdit keeps the cadence", () => {
  // c1 has a booking on Wednesday 9 Jan (by 王芳's plan); its interval is 7 days.
  const cadence = new Map([["c1", { minDays: 7, visits: [booked("2030-01-09")] }]]);

  it("refuses to move or add a stop too close to another visit, and names it", () => {
    const free = envOf(5);
    const env = envOf(5, cadence);
    // Planned before the booking was made: c1 on Monday, c2 on Friday.
    let draft = accepted(applyEdit(emptyDraft(), add("c1", { date: "2030-01-07" }), free));
    draft = accepted(applyEdit(draft, add("c2", { date: "2030-01-11" }), env));
    const before = JSON.stringify(draft);
    const moved = applyEdit(draft, { op: "move", customerId: "c1", date: "2030-01-11" }, env);
    expect(moved).toEqual({
      refused: {
        code: "min_interval",
        field: "date",
        conflict: {
          date: "2030-01-09",
          days: 2,
          minDays: 7,
          kind: "booked",
          agreed: false,
          by: byPlan,
        },
      },
    });
    // A refusal changes nothing, not even the input.
    expect(JSON.stringify(draft)).toBe(before);
    // Moving to the colleague on the same day is putting it on a day too.
    expect(applyEdit(draft, { op: "move", customerId: "c1", repId: repB.id }, env)).toMatchObject({
      refused: { code: "min_interval" },
    });
    // Re-ordering its own day changes no day: allowed, though the day was already too close.
    const reordered = accepted(
      applyEdit(draft, { op: "move", customerId: "c1", date: "2030-01-07", position: 0 }, env),
    );
    expect(dateOf(reordered, "c1")).toBe("2030-01-07");
    // Dropping and locking never book anything.
    expect("draft" in applyEdit(draft, { op: "lock", customerId: "c1" }, env)).toBe(true);
    const dropped = accepted(
      applyEdit(draft, { op: "drop", customerId: "c1", mandatory: false, valueCents: null }, env),
    );
    // Added back on a day too close: refused; on no day named, none of the five is free.
    expect(applyEdit(dropped, add("c1", { date: "2030-01-10" }), env)).toMatchObject({
      refused: { code: "min_interval", conflict: { date: "2030-01-09", days: 1 } },
    });
    expect(applyEdit(dropped, add("c1"), env)).toMatchObject({
      refused: {
        code: "min_interval",
        conflict: { date: "2030-01-09", days: 2, everyDay: true },
      },
    });
  });

  it("adds without a day on a day that keeps the cadence", () => {
    // Booked on Thursday 10 Jan with a 3-day interval, over Monday to Friday: only Monday is free.
    const env = envOf(5, new Map([["c3", { minDays: 3, visits: [booked("2030-01-10")] }]]));
    const draft = accepted(applyEdit(emptyDraft(), add("c3"), env));
    expect(dateOf(draft, "c3")).toBe("2030-01-07");
  });
});

/** Every pair of visits of one customer closer than its minimum interval that involves a stop. */
function tooClosePairs(draft: DraftResult, cadence: ReadonlyMap<string, CustomerCadence>) {
  const pairs = new Set<string>();
  const stops = draft.routes.flatMap((r) =>
    r.stops.map((s, i) => ({ customerId: s.customerId, date: r.date, repId: r.repId, key: i })),
  );
  for (const s of stops) {
    const c = cadence.get(s.customerId);
    const minDays = Math.max(1, c?.minDays ?? 0);
    const zone = s.repId === repB.id ? repB.timeZone : repA.timeZone;
    for (const [i, v] of (c?.visits ?? []).entries()) {
      if (Math.abs(daysBetween(localDate(v.at, zone), s.date)) < minDays) {
        pairs.add(`${s.customerId}|visit${i}`);
      }
    }
    for (const o of stops) {
      if (o === s || o.customerId !== s.customerId) continue;
      if (Math.abs(daysBetween(o.date, s.date)) < minDays) pairs.add(`${s.customerId}|stops`);
    }
  }
  return pairs;
}

const cadenceArb = fc.array(
  fc.record({
    minDays: fc.integer({ min: 1, max: 10 }),
    bookings: fc.array(
      fc.record({
        offset: fc.integer({ min: -15, max: 20 }),
        hour: fc.integer({ min: 0, max: 23 }),
        agreed: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    lastVisited: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  }),
  { minLength: CUSTOMERS.length, maxLength: CUSTOMERS.length },
);

const editArb = fc.record({
  op: fc.constantFrom("add", "add", "move", "move", "move", "drop", "lock", "unlock"),
  customer: fc.integer({ min: 0, max: CUSTOMERS.length - 1 }),
  day: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  rep: fc.option(fc.constantFrom(repA.id, repB.id), { nil: undefined }),
  position: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});
type RawEdit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function cadenceOf(raw: typeof cadenceArb extends fc.Arbitrary<infer T> ? T : never) {
  return new Map(
    raw.map((c, i) => {
      const visits: OtherVisit[] = c.bookings.map((b) => ({
        at: zonedTime(addDays(MONDAY, b.offset), `${String(b.hour).padStart(2, "0")}:00`, TZ),
        kind: "booked",
        agreed: b.agreed,
        by: byPlan,
      }));
      if (c.lastVisited !== null) {
        visits.push({
          at: at(addDays(MONDAY, -c.lastVisited)),
          kind: "visited",
          agreed: false,
          by: null,
        });
      }
      return [CUSTOMERS[i]!, { minDays: c.minDays, visits }];
    }),
  );
}

function opOf(e: RawEdit): EditOp {
  const customerId = CUSTOMERS[e.customer]!;
  // Day 5 and 6 lie outside a five-day plan: refused as such, and nothing changes.
  const date = e.day === undefined ? undefined : addDays(MONDAY, e.day);
  if (e.op === "add")
    return add(customerId, { date, repId: e.rep ?? repA.id, position: e.position });
  if (e.op === "move") return { op: "move", customerId, date, repId: e.rep, position: e.position };
  if (e.op === "drop") return { op: "drop", customerId, mandatory: false, valueCents: null };
  return { op: e.op as "lock" | "unlock", customerId };
}

/** Runs the edits; after each, checks what an accepted or refused edit may do. */
function run(start: DraftResult, env: DraftEnv, edits: RawEdit[]) {
  const cadence = env.cadence!;
  let draft = start;
  for (const e of edits) {
    const before = JSON.stringify(draft);
    const pairs = tooClosePairs(draft, cadence);
    const out = applyEdit(draft, opOf(e), env);
    expect(JSON.stringify(draft)).toBe(before);
    if ("refused" in out) {
      if (out.refused.code === "min_interval") {
        const c = out.refused.conflict;
        expect(c.days).toBeLessThan(Math.max(1, c.minDays));
      }
      continue;
    }
    draft = out.draft;
    // An accepted edit never adds a pair of visits too close together.
    for (const p of tooClosePairs(draft, cadence)) expect(pairs).toContain(p);
  }
  return draft;
}

describe("random edit sequences", () => {
  it("no accepted edit leaves two visits of a customer closer than its minimum interval", () => {
    fc.assert(
      fc.property(cadenceArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (raw, edits) => {
        const env = envOf(5, cadenceOf(raw));
        const draft = run(emptyDraft(), env, edits);
        expect(tooClosePairs(draft, env.cadence!).size).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("a draft already too close somewhere (booked elsewhere since) never gets worse", () => {
    fc.assert(
      fc.property(
        cadenceArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(repA.id, repB.id)), {
          minLength: CUSTOMERS.length,
          maxLength: CUSTOMERS.length,
        }),
        fc.array(editArb, { minLength: 1, maxLength: 25 }),
        (raw, placed, edits) => {
          // Planned before the bookings existed: every customer on some day, unchecked.
          let draft = emptyDraft();
          for (const [i, [day, repId]] of placed.entries()) {
            const op = add(CUSTOMERS[i]!, { date: addDays(MONDAY, day), repId });
            draft = accepted(applyEdit(draft, op, envOf(5)));
          }
          run(draft, envOf(5, cadenceOf(raw)), edits);
        },
      ),
      { numRuns: 100 },
    );
  });
});
