import type { LatLon } from "../geo.ts";
import { greatCircleMatrix } from "../planner/matrix.ts";
import type { Job, Problem, Solution, TimeWindow, Vehicle } from "../planner/types.ts";
import { addDays, localDate, zonedTime as zoned } from "../time.ts";
import type { Reason } from "./reasons.ts";

/**
 * Turns "these reps, these days, these due customers" into a routing problem for the engine,
 * and its solution back into a plan: per rep per day, ordered stops with times and reasons.
 * Pure: the visit-plans service loads the data and stores the result.
 */
type Windows = Partial<Record<Weekday, { from: string; to: string }[]>>;
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export const DEFAULT_WORKING_HOURS: Windows = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ from: "08:30", to: "17:30" }]]),
);

export type PlanRep = {
  id: string;
  name: string;
  home: LatLon;
  timeZone: string;
  workingHours: Windows | null;
};
export type PlanCandidate = {
  customerId: string;
  name: string;
  ownerId: string;
  position: LatLon;
  visitWindows: Windows | null;
  serviceMin: number;
  score: number;
  mandatory: boolean;
  valueCents: number | null;
  reasons: Reason[];
  /**
   * The days (rep's local dates) a visit may fall on, keeping the minimum interval from the
   * customer's other visits; every day of the horizon when absent.
   */
  dates?: readonly string[];
};
/** A visit that must stay where it is: locked, checked in, done, or inside the freeze window. */
export type FixedVisit = {
  visitId: string;
  customerId: string;
  name: string;
  repId: string;
  position: LatLon;
  start: Date;
  end: Date;
};

export type PlanInput = {
  startDate: string;
  days: number;
  reps: PlanRep[];
  candidates: PlanCandidate[];
  fixed: FixedVisit[];
  maxVisitsPerDay?: number;
  /** How many meters of driving one point of priority is worth. */
  metersPerPoint?: number;
  circuity?: number;
  speedKmh?: number;
};

export type PlanStop = {
  customerId: string;
  name: string;
  visitId: string | null;
  fixed: boolean;
  arrival: string;
  start: string;
  end: string;
  travelKm: number;
  travelMin: number;
  reasons: Reason[] | null;
};
export type PlanRoute = {
  repId: string;
  date: string;
  stops: PlanStop[];
  km: number;
  travelMin: number;
  visitMin: number;
  leave: string;
  back: string;
};
/** A customer the plan leaves out: `reason` is the code, `reasons` the data that explains it. */
export type Unplanned = { customerId: string; name: string; reason: string; reasons: Reason[] };

export type PlanResult = {
  routes: PlanRoute[];
  unplanned: Unplanned[];
  totals: {
    visits: number;
    km: number;
    travelMin: number;
    visitMin: number;
    valueCoveredCents: number;
    mandatoryMissed: number;
  };
};

function weekday(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

export function buildProblem(input: PlanInput) {
  const epoch = new Date(`${addDays(input.startDate, -1)}T00:00:00Z`).getTime();
  const t = (d: Date) => (d.getTime() - epoch) / 1000;
  // Thousands of customers share a handful of distinct (day, time, zone) triples.
  const wallCache = new Map<string, Date>();
  const zonedTime = (date: string, time: string, tz: string) => {
    const key = `${date} ${time} ${tz}`;
    let v = wallCache.get(key);
    if (!v) {
      v = zoned(date, time, tz);
      wallCache.set(key, v);
    }
    return v;
  };
  const points: LatLon[] = [];
  const repLoc = new Map<string, number>();
  for (const r of input.reps) {
    repLoc.set(r.id, points.length);
    points.push(r.home);
  }
  const vehicles: Vehicle[] = [];
  const vehicleDays = new Map<string, { repId: string; date: string }>();
  const repVehicles = new Map<string, string[]>();
  const repById = new Map(input.reps.map((r) => [r.id, r]));
  for (const r of input.reps) {
    const hours = r.workingHours ?? DEFAULT_WORKING_HOURS;
    for (let d = 0; d < input.days; d++) {
      const date = addDays(input.startDate, d);
      const w = hours[weekday(date)];
      if (!w || w.length === 0) continue;
      const id = `${r.id}|${date}`;
      vehicles.push({
        id,
        startLocation: repLoc.get(r.id)!,
        endLocation: repLoc.get(r.id)!,
        shift: {
          start: t(zonedTime(date, w[0]!.from, r.timeZone)),
          end: t(zonedTime(date, w.at(-1)!.to, r.timeZone)),
        },
        maxStops: input.maxVisitsPerDay,
      });
      vehicleDays.set(id, { repId: r.id, date });
      repVehicles.set(r.id, [...(repVehicles.get(r.id) ?? []), id]);
    }
  }
  const jobs: Job[] = [];
  const jobInfo = new Map<string, { candidate?: PlanCandidate; fixed?: FixedVisit }>();
  for (const f of input.fixed) {
    const rep = repById.get(f.repId);
    if (!rep) continue;
    const date = localDate(f.start, rep.timeZone);
    const vehicleId = `${f.repId}|${date}`;
    if (!vehicleDays.has(vehicleId)) continue;
    const id = `fixed:${f.visitId}`;
    jobs.push({
      id,
      location: points.push(f.position) - 1,
      service: Math.max(0, (f.end.getTime() - f.start.getTime()) / 1000),
      timeWindows: [{ start: t(f.start), end: t(f.start) }],
      lock: { vehicleId, time: t(f.start) },
    });
    jobInfo.set(id, { fixed: f });
  }
  const fixedCustomers = new Set(input.fixed.map((f) => f.customerId));
  for (const c of input.candidates) {
    if (fixedCustomers.has(c.customerId)) continue;
    const rep = repById.get(c.ownerId);
    const dates = c.dates ? new Set(c.dates) : null;
    const allowed = repVehicles
      .get(c.ownerId)
      ?.filter((v) => !dates || dates.has(vehicleDays.get(v)!.date));
    if (!allowed || !rep) continue;
    let windows: TimeWindow[] | undefined;
    if (c.visitWindows) {
      windows = [];
      for (let d = 0; d < input.days; d++) {
        const date = addDays(input.startDate, d);
        if (dates && !dates.has(date)) continue;
        for (const w of c.visitWindows[weekday(date)] ?? []) {
          // A visit must start early enough to finish inside the customer's window.
          const start = t(zonedTime(date, w.from, rep.timeZone));
          const end = t(zonedTime(date, w.to, rep.timeZone)) - c.serviceMin * 60;
          if (end >= start) windows.push({ start, end });
        }
      }
    }
    const id = `c:${c.customerId}`;
    jobs.push({
      id,
      location: points.push(c.position) - 1,
      service: c.serviceMin * 60,
      timeWindows: windows,
      prize: c.mandatory ? undefined : c.score * (input.metersPerPoint ?? 400),
      allowedVehicles: allowed,
    });
    jobInfo.set(id, { candidate: c });
  }
  const matrix = greatCircleMatrix(points, {
    circuity: input.circuity ?? 1.3,
    speedMps: (input.speedKmh ?? 30) / 3.6,
  });
  const problem: Problem = { matrix, vehicles, jobs, costPerDistance: 1, costPerTravelTime: 0 };
  return { problem, epoch, vehicleDays, jobInfo, repLoc };
}

export function readSolution(
  input: PlanInput,
  built: ReturnType<typeof buildProblem>,
  solution: Solution,
): PlanResult {
  const iso = (s: number) => new Date(built.epoch + s * 1000).toISOString();
  const { distance, duration } = built.problem.matrix;
  const routes: PlanRoute[] = [];
  let valueCovered = 0;
  for (const r of solution.routes) {
    const day = built.vehicleDays.get(r.vehicleId);
    if (!day) continue;
    const home = built.repLoc.get(day.repId)!;
    let prev = home;
    let visitMin = 0;
    const stops: PlanStop[] = [];
    for (const s of r.stops) {
      if (s.kind !== "job") continue;
      const info = built.jobInfo.get(s.jobId);
      const c = info?.candidate;
      const f = info?.fixed;
      visitMin += (s.departure - s.start) / 60;
      if (c?.valueCents) valueCovered += c.valueCents;
      stops.push({
        customerId: c?.customerId ?? f!.customerId,
        name: c?.name ?? f!.name,
        visitId: f?.visitId ?? null,
        fixed: Boolean(f),
        arrival: iso(s.arrival),
        start: iso(s.start),
        end: iso(s.departure),
        travelKm: Math.round(distance[prev]![s.location]! / 100) / 10,
        travelMin: Math.round(duration[prev]![s.location]! / 60),
        reasons: c?.reasons ?? null,
      });
      prev = s.location;
    }
    if (stops.length === 0) continue;
    routes.push({
      repId: day.repId,
      date: day.date,
      stops,
      km: Math.round(r.distance / 100) / 10,
      travelMin: Math.round(r.duration / 60),
      visitMin: Math.round(visitMin),
      leave: iso(r.departure),
      back: iso(r.arrival),
    });
  }
  routes.sort((a, b) => a.date.localeCompare(b.date) || a.repId.localeCompare(b.repId));
  const unplanned = solution.unassigned.flatMap((u) => {
    const info = built.jobInfo.get(u.jobId);
    const c = info?.candidate;
    if (!c) return [];
    return [
      {
        customerId: c.customerId,
        name: c.name,
        reason: u.reason,
        reasons: [{ code: "unplanned", why: u.reason } as const],
      },
    ];
  });
  const mandatoryMissed = unplanned.filter(
    (u) => input.candidates.find((c) => c.customerId === u.customerId)?.mandatory,
  ).length;
  return {
    routes,
    unplanned,
    totals: {
      visits: routes.reduce((n, r) => n + r.stops.length, 0),
      km: Math.round(routes.reduce((n, r) => n + r.km, 0) * 10) / 10,
      travelMin: routes.reduce((n, r) => n + r.travelMin, 0),
      visitMin: routes.reduce((n, r) => n + r.visitMin, 0),
      valueCoveredCents: valueCovered,
      mandatoryMissed,
    },
  };
}
