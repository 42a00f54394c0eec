import { describe, expect, it } from "vitest";
import { solve } from "../planner/solve.ts";
import { createRng } from "../random.ts";
import { applyEdit, type DraftEnv, findStop } from "./draft-edit.ts";
import { prepareReoptimise, readReoptimised } from "./draft-reoptimise.ts";
import {
  bestPosition,
  type CustomerFacts,
  type DraftResult,
  type DraftStop,
  planTotals,
  type RetimeRep,
  retimeRoute,
} from "./draft-retime.ts";
import { buildProblem, type PlanInput, readSolution } from "./plan-build.ts";

/**
 * Re-timing and hand edits of a draft, directly on plain data. The anchor: a route the planner
 * made re-times to exactly the planner's times, so an edit changes only what it touches.
 */
const MONDAY = "2030-01-07";
const TZ = "Asia/Shanghai";
const home = { lat: 31.2304, lon: 121.4737 };
const rep: RetimeRep = { id: "rep-a", home, timeZone: TZ, workingHours: null };
const rep2: RetimeRep = {
  id: "rep-b",
  home: { lat: 31.2, lon: 121.5 },
  timeZone: TZ,
  workingHours: null,
};
const windows = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri"].map((d) => [
    d,
    [
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "17:00" },
    ],
  ]),
);

/** Twelve customers around the home base, seeded: the same on every run. */
function customers(seed = 7) {
  const rng = createRng(seed);
  const rnd = () => rng.next();
  return Array.from({ length: 12 }, (_, i) => {
    const angle = rnd() * 2 * Math.PI;
    const km = 2 + rnd() * 12;
    return {
      customerId: `c${i}`,
      name: `客户${i}`,
      ownerId: i % 4 === 3 ? rep2.id : rep.id,
      position: {
        lat: home.lat + (km / 111) * Math.cos(angle),
        lon: home.lon + (km / 95) * Math.sin(angle),
      },
      visitWindows: i % 3 === 0 ? null : windows,
      serviceMin: 30 + (i % 3) * 15,
      score: 20 + i,
      mandatory: i % 2 === 0,
      valueCents: 1000 * i,
      reasons: [
        { code: "tier" as const, tier: i % 2 ? "B" : "A" },
        { code: "never_visited" as const },
      ],
    };
  });
}

function planned(): { input: PlanInput; draft: DraftResult; env: DraftEnv } {
  const cs = customers();
  const input: PlanInput = {
    startDate: MONDAY,
    days: 3,
    reps: [
      { ...rep, name: "A", workingHours: null },
      { ...rep2, name: "B", workingHours: null },
    ],
    candidates: cs,
    fixed: [
      {
        visitId: "v-fixed",
        customerId: "fixed-customer",
        name: "约定客户",
        repId: rep.id,
        position: { lat: home.lat + 0.05, lon: home.lon - 0.02 },
        start: new Date("2030-01-08T02:00:00Z"), // Tue 10:00 in Shanghai
        end: new Date("2030-01-08T03:00:00Z"),
      },
    ],
  };
  const built = buildProblem(input);
  const solution = solve(built.problem, { timeLimitMs: 10_000, seed: 1, maxIterations: 300 });
  const draft = readSolution(input, built, solution) as DraftResult;
  const facts = new Map<string, CustomerFacts>(
    cs.map((c) => [
      c.customerId,
      {
        name: c.name,
        ownerId: c.ownerId,
        position: c.position,
        visitWindows: c.visitWindows,
        serviceMin: c.serviceMin,
        valueCents: c.valueCents,
      },
    ]),
  );
  facts.set("fixed-customer", {
    name: "约定客户",
    ownerId: rep.id,
    position: input.fixed[0]!.position,
    visitWindows: null,
    serviceMin: 60,
    valueCents: null,
  });
  const env: DraftEnv = {
    startDate: MONDAY,
    days: 3,
    repIds: [rep.id, rep2.id],
    reps: new Map([
      [rep.id, rep],
      [rep2.id, rep2],
    ]),
    facts,
  };
  return { input, draft, env };
}

const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

describe("re-timing a draft route", () => {
  it("gives an untouched route exactly the planner's times, and no violations", () => {
    const { draft, env } = planned();
    expect(draft.routes.length).toBeGreaterThan(2);
    expect(draft.routes.some((r) => r.stops.some((s) => s.fixed))).toBe(true);
    for (const route of draft.routes) {
      const again = retimeRoute(route, env);
      expect(again.violationCount).toBe(0);
      const { violations: _v, ...times } = again.route;
      expect({
        ...times,
        stops: times.stops.map(({ violations: _s, lat: _a, lon: _o, ...s }) => s),
      }).toEqual(route);
      expect(again.route.stops.every((s) => s.violations?.length === 0)).toBe(true);
    }
  });

  it("waits for a window, and flags a visit that can only start after its window", () => {
    const { env } = planned();
    const stop = (id: string): DraftStop => ({
      customerId: id,
      name: id,
      visitId: null,
      fixed: false,
      arrival: "",
      start: "",
      end: "",
      travelKm: 0,
      travelMin: 0,
      reasons: null,
    });
    // c1 has windows 09:00–12:00 and 13:30–17:00: alone, the rep arrives exactly at 09:00.
    const alone = retimeRoute({ repId: rep.id, date: MONDAY, stops: [stop("c1")] }, env).route;
    expect(local(alone.stops[0]!.start)).toBe("09:00");
    expect(local(alone.stops[0]!.arrival)).toBe("09:00");
    expect(alone.stops[0]!.violations).toEqual([]);
    // Nine visits of 30–60 minutes: the last ones no longer fit the afternoon window.
    const ids = ["c1", "c2", "c4", "c5", "c7", "c8", "c10", "c11", "c0", "c3", "c6", "c9"];
    const long = retimeRoute({ repId: rep.id, date: MONDAY, stops: ids.map(stop) }, env).route;
    const flags = long.stops.flatMap((s) => s.violations ?? []);
    expect(flags).toContain("outside_window");
    expect(flags).toContain("after_hours");
    expect(long.violations).toContain("back_after_hours");
    // Each late stop starts when the rep gets there, not at some later window.
    for (const s of long.stops.filter((x) => x.violations?.includes("outside_window"))) {
      expect(s.start).toBe(s.arrival);
    }
    // Times never go backwards.
    for (let i = 1; i < long.stops.length; i++) {
      expect(Date.parse(long.stops[i]!.arrival)).toBeGreaterThanOrEqual(
        Date.parse(long.stops[i - 1]!.end),
      );
    }
  });

  it("keeps a fixed visit at its time, and says when the rep cannot get there for it", () => {
    const { draft, env } = planned();
    const tuesday = draft.routes.find((r) => r.stops.some((s) => s.fixed))!;
    const fixed = tuesday.stops.find((s) => s.fixed)!;
    // Put a long visit before it, first thing in the morning: the rep cannot make 10:00.
    const late = retimeRoute(
      {
        ...tuesday,
        stops: [
          {
            ...fixed,
            customerId: "c0",
            fixed: false,
            visitId: null,
            end: new Date(Date.parse(fixed.start) + 3 * 3600_000).toISOString(),
          },
          fixed,
        ],
      },
      env,
    ).route;
    const after = late.stops[1]!;
    expect(after.start).toBe(fixed.start);
    expect(after.end).toBe(fixed.end);
    expect(after.violations).toEqual(["misses_fixed_time"]);
    expect(Date.parse(after.arrival)).toBeGreaterThan(Date.parse(fixed.start));
  });

  it("pins a locked stop like a fixed visit", () => {
    const { draft, env } = planned();
    const route = draft.routes.find((r) => r.stops.length >= 2 && !r.stops.some((s) => s.fixed))!;
    const second = { ...route.stops[1]!, locked: true };
    // Without the first stop the rep would get to the second one earlier; locked, it waits.
    const timed = retimeRoute({ ...route, stops: [second] }, env).route;
    expect(timed.stops[0]!.start).toBe(route.stops[1]!.start);
    const free = retimeRoute({ ...route, stops: [route.stops[1]!] }, env).route;
    expect(Date.parse(free.stops[0]!.start)).toBeLessThanOrEqual(Date.parse(route.stops[1]!.start));
  });

  it("marks every stop on a day the rep does not work", () => {
    const { draft, env } = planned();
    const saturday = retimeRoute(
      { repId: rep.id, date: "2030-01-12", stops: draft.routes[0]!.stops.filter((s) => !s.fixed) },
      env,
    ).route;
    expect(saturday.violations).toContain("not_working_day");
    for (const s of saturday.stops) expect(s.violations).toContain("not_working_day");
  });

  it("inserts where the route grows least", () => {
    const { env } = planned();
    const at = (id: string): DraftStop => ({
      customerId: id,
      name: id,
      visitId: null,
      fixed: false,
      arrival: "",
      start: "",
      end: "",
      travelKm: 0,
      travelMin: 0,
      reasons: null,
    });
    const line = new Map(env.facts);
    // A loop out east and back: p3 lies on the way from p0 to p1.
    const points = [
      [0.02, 0],
      [0.04, 0.02],
      [0.02, 0.04],
      [0.03, 0.01],
    ] as const;
    for (const [i, [dLat, dLon]] of points.entries()) {
      line.set(`p${i}`, {
        name: `p${i}`,
        ownerId: rep.id,
        position: { lat: home.lat + dLat, lon: home.lon + dLon },
        visitWindows: null,
        serviceMin: 20,
        valueCents: null,
      });
    }
    const e = { ...env, facts: line };
    const route = { repId: rep.id, date: MONDAY, stops: [at("p0"), at("p1"), at("p2")] };
    expect(bestPosition(route, at("p3"), e).position).toBe(1);
  });
});

describe("editing a draft", () => {
  const movable = (d: DraftResult) =>
    d.routes.flatMap((r) => r.stops.filter((s) => !s.fixed).map((s) => ({ route: r, stop: s })));

  it("moves a stop to another day: both routes re-timed, the others untouched", () => {
    const { draft, env } = planned();
    const { route, stop } = movable(draft).find((x) => x.route.repId === rep.id)!;
    const date = ["2030-01-07", "2030-01-08", "2030-01-09"].find((d) => d !== route.date)!;
    const out = applyEdit(draft, { op: "move", customerId: stop.customerId, date }, env);
    if (!("draft" in out)) throw new Error(JSON.stringify(out));
    const moved = findStop(out.draft, stop.customerId)!;
    expect(out.draft.routes[moved.route]).toMatchObject({ repId: rep.id, date });
    for (const r of draft.routes) {
      if ((r.repId === rep.id && (r.date === date || r.date === route.date)) || r === route)
        continue;
      expect(out.draft.routes).toContainEqual(r);
    }
    expect(out.draft.totals.visits).toBe(draft.totals.visits);
    expect(out.draft.totals.valueCoveredCents).toBe(draft.totals.valueCoveredCents);
    const km = out.draft.routes.reduce((n, r) => n + r.km, 0);
    expect(out.draft.totals.km).toBeCloseTo(km, 5);
    // The input is not changed.
    expect(findStop(draft, stop.customerId)!.stop).toBe(stop);
  });

  it("moves a stop up within its day to the position asked", () => {
    const { draft, env } = planned();
    const route = draft.routes.find((r) => r.stops.length >= 3 && !r.stops.some((s) => s.fixed))!;
    const last = route.stops.at(-1)!;
    const out = applyEdit(draft, { op: "move", customerId: last.customerId, position: 0 }, env);
    if (!("draft" in out)) throw new Error(JSON.stringify(out));
    const after = out.draft.routes.find((r) => r.repId === route.repId && r.date === route.date)!;
    expect(after.stops.map((s) => s.customerId)).toEqual([
      last.customerId,
      ...route.stops.slice(0, -1).map((s) => s.customerId),
    ]);
    expect(Date.parse(after.stops[0]!.start)).toBeLessThan(Date.parse(last.start));
  });

  it("drops a stop into the left-out list and counts a must-visit customer as missed", () => {
    const { draft, env } = planned();
    const { stop } = movable(draft)[0]!;
    const out = applyEdit(
      draft,
      { op: "drop", customerId: stop.customerId, mandatory: true, valueCents: 5000 },
      env,
    );
    if (!("draft" in out)) throw new Error(JSON.stringify(out));
    expect(findStop(out.draft, stop.customerId)).toBeNull();
    expect(out.draft.unplanned.at(-1)).toEqual({
      customerId: stop.customerId,
      name: stop.name,
      reason: "dropped",
      reasons: [{ code: "unplanned", why: "dropped" }],
    });
    expect(out.draft.totals).toMatchObject({
      visits: draft.totals.visits - 1,
      mandatoryMissed: draft.totals.mandatoryMissed + 1,
      valueCoveredCents: draft.totals.valueCoveredCents - 5000,
    });
  });

  it("adds a customer where it fits best, and takes it off the left-out list", () => {
    const { draft, env } = planned();
    const { stop } = movable(draft).find((x) => x.route.repId === rep.id)!;
    const dropped = applyEdit(
      draft,
      { op: "drop", customerId: stop.customerId, mandatory: true, valueCents: 10 },
      env,
    );
    if (!("draft" in dropped)) throw new Error("drop refused");
    const added = applyEdit(
      dropped.draft,
      {
        op: "add",
        customerId: stop.customerId,
        repId: rep.id,
        reasons: stop.reasons,
        mandatory: true,
        valueCents: 10,
      },
      env,
    );
    if (!("draft" in added)) throw new Error(JSON.stringify(added));
    const back = findStop(added.draft, stop.customerId)!;
    expect(back.stop).toMatchObject({ added: true, reasons: stop.reasons, violations: [] });
    expect(added.draft.unplanned.some((u) => u.customerId === stop.customerId)).toBe(false);
    expect(added.draft.totals.mandatoryMissed).toBe(draft.totals.mandatoryMissed);
    expect(added.draft.totals.visits).toBe(draft.totals.visits);
    // The visit is as long as the customer's visits are.
    const facts = env.facts.get(stop.customerId)!;
    expect(Date.parse(back.stop.end) - Date.parse(back.stop.start)).toBe(facts.serviceMin * 60_000);
  });

  it("locks and unlocks a stop without moving it", () => {
    const { draft, env } = planned();
    const { stop } = movable(draft)[0]!;
    const locked = applyEdit(draft, { op: "lock", customerId: stop.customerId }, env);
    if (!("draft" in locked)) throw new Error("lock refused");
    expect(findStop(locked.draft, stop.customerId)!.stop).toMatchObject({
      locked: true,
      start: stop.start,
    });
    expect(
      applyEdit(locked.draft, { op: "move", customerId: stop.customerId, position: 0 }, env),
    ).toEqual({
      refused: { code: "stop_locked", field: "customerId" },
    });
    const unlocked = applyEdit(locked.draft, { op: "unlock", customerId: stop.customerId }, env);
    if (!("draft" in unlocked)) throw new Error("unlock refused");
    const again = findStop(unlocked.draft, stop.customerId)!.stop;
    expect(again.locked).toBeUndefined();
    expect(again.start).toBe(stop.start);
  });

  it("refuses what the draft cannot take, naming the field", () => {
    const { draft, env } = planned();
    const c = movable(draft)[0]!.stop.customerId;
    const cases: [Parameters<typeof applyEdit>[1], string, string][] = [
      [{ op: "move", customerId: "nobody" }, "stop_not_in_plan", "customerId"],
      [
        { op: "drop", customerId: "fixed-customer", mandatory: false, valueCents: null },
        "stop_fixed",
        "customerId",
      ],
      [{ op: "lock", customerId: "fixed-customer" }, "stop_fixed", "customerId"],
      [{ op: "move", customerId: c, repId: "rep-z" }, "rep_not_in_plan", "repId"],
      [{ op: "move", customerId: c, date: "2030-01-10" }, "date_outside_plan", "date"],
      [{ op: "move", customerId: c, position: 99 }, "position_outside_route", "position"],
      [
        {
          op: "add",
          customerId: c,
          repId: rep.id,
          reasons: null,
          mandatory: false,
          valueCents: null,
        },
        "already_planned",
        "customerId",
      ],
      [
        {
          op: "add",
          customerId: "new",
          repId: "rep-z",
          reasons: null,
          mandatory: false,
          valueCents: null,
        },
        "rep_not_in_plan",
        "repId",
      ],
    ];
    for (const [op, code, field] of cases) {
      expect(applyEdit(draft, op, env), JSON.stringify(op)).toEqual({ refused: { code, field } });
    }
  });

  it("counts infeasible stops in the totals", () => {
    const routes = [
      {
        repId: "r",
        date: MONDAY,
        km: 1,
        travelMin: 2,
        visitMin: 3,
        leave: "",
        back: "",
        stops: [{ violations: ["after_hours"] }, { violations: [] }, {}] as unknown as DraftStop[],
      },
    ];
    expect(planTotals(routes, { valueCoveredCents: 5, mandatoryMissed: -1 })).toEqual({
      visits: 3,
      km: 1,
      travelMin: 2,
      visitMin: 3,
      valueCoveredCents: 5,
      mandatoryMissed: 0,
      infeasibleStops: 1,
    });
  });
});

describe("re-optimising around hand edits", () => {
  it("keeps locked stops and fixed visits in place, dropped customers out, added ones in", () => {
    const { input, draft, env } = planned();
    const movable = draft.routes.flatMap((r) => r.stops.filter((x) => !x.fixed));
    const keep = movable[0]!;
    const away = movable[1]!;
    const extra = movable[2]!;
    // Move one stop to the last day and lock it there; drop one; drop and re-add another.
    let d = draft;
    const step = (op: Parameters<typeof applyEdit>[1]) => {
      const out = applyEdit(d, op, env);
      if (!("draft" in out)) throw new Error(JSON.stringify(out));
      d = out.draft;
    };
    step({ op: "move", customerId: keep.customerId, date: "2030-01-09", position: 0 });
    step({ op: "lock", customerId: keep.customerId });
    step({ op: "drop", customerId: away.customerId, mandatory: false, valueCents: null });
    step({ op: "drop", customerId: extra.customerId, mandatory: false, valueCents: null });
    step({
      op: "add",
      customerId: extra.customerId,
      repId: input.candidates.find((c) => c.customerId === extra.customerId)!.ownerId,
      reasons: extra.reasons,
      mandatory: false,
      valueCents: null,
    });
    const pinned = findStop(d, keep.customerId)!;
    // The plan's pool: who may be booked on which days. One customer may only go on Friday
    // (its minimum interval from another booking), one is no longer offered at all.
    const stay = movable[3]!;
    const fridayOnly = movable[4]!;
    const pool = new Map(
      input.candidates
        .filter((c) => c.customerId !== stay.customerId)
        .map((c) => [
          c.customerId,
          c.customerId === fridayOnly.customerId ? { ...c, dates: ["2030-01-09"] } : c,
        ]),
    );
    const full = { ...env, planReps: input.reps, pool };
    const prepared = prepareReoptimise(d, full);
    const built = buildProblem(prepared.input);
    const solution = solve(built.problem, { timeLimitMs: 10_000, seed: 3, maxIterations: 300 });
    const after = readReoptimised(d, prepared, built, solution, full);

    expect(findStop(after, fridayOnly.customerId)).toSatisfy(
      (f: ReturnType<typeof findStop>) => !f || after.routes[f.route]!.date === "2030-01-09",
    );
    // Not offered any more: it stays where it was rather than move or vanish.
    const stayed = findStop(after, stay.customerId)!;
    const stayedBefore = findStop(d, stay.customerId)!;
    expect(stayed.stop.start).toBe(stayedBefore.stop.start);
    expect(after.routes[stayed.route]!.date).toBe(d.routes[stayedBefore.route]!.date);
    const again = findStop(after, keep.customerId)!;
    expect(again.stop).toEqual({ ...pinned.stop, violations: [] });
    expect(after.routes[again.route]).toMatchObject({
      repId: d.routes[pinned.route]!.repId,
      date: "2030-01-09",
    });
    expect(findStop(after, away.customerId)).toBeNull();
    expect(after.unplanned).toContainEqual(
      expect.objectContaining({ customerId: away.customerId, reason: "dropped" }),
    );
    expect(findStop(after, extra.customerId)!.stop).toMatchObject({
      added: true,
      reasons: extra.reasons,
    });
    const fixed = after.routes.flatMap((r) => r.stops.filter((x) => x.fixed));
    expect(fixed).toHaveLength(1);
    expect(fixed[0]).toMatchObject({ visitId: "v-fixed", start: "2030-01-08T02:00:00.000Z" });
    // Every customer once: planned or left out.
    const ids = [
      ...after.routes.flatMap((r) => r.stops.map((x) => x.customerId)),
      ...after.unplanned.map((u) => u.customerId),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.totals.infeasibleStops).toBe(0);
    expect(after.totals.visits).toBe(ids.length - after.unplanned.length);
  });
});
