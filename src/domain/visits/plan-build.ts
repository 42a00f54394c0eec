import type { LatLon } from "../geo.ts";
import { greatCircleMatrix } from "../planner/matrix.ts";
import type { Job, Problem, Solution, TimeWindow, Vehicle } from "../planner/types.ts";
import { addDays, localDate, zonedTime as zoned } from "../time.ts";

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
  reasons: { en: string; zh: string };
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
  reasons: { en: string; zh: string } | null;
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
export type PlanResult = {
  routes: PlanRoute[];
  unplanned: {
    customerId: string;
    name: string;
    reason: string;
    reasons: { en: string; zh: string } | null;
  }[];
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
    const allowed = repVehicles.get(c.ownerId);
    const rep = repById.get(c.ownerId);
    if (!allowed || !rep) continue;
    let windows: TimeWindow[] | undefined;
    if (c.visitWindows) {
      windows = [];
      for (let d = 0; d < input.days; d++) {
        const date = addDays(input.startDate, d);
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

const REASON_TEXT: Record<string, { en: string; zh: string }> = {
  no_feasible_window: { en: "no visit window fits the working days", zh: "没有合适的拜访时间窗" },
  not_worth_prize: { en: "not worth the travel this week", zh: "本周路程成本高于优先级" },
  max_stops: { en: "days already full", zh: "日程已满" },
  no_room_in_routes: { en: "no room left in the routes", zh: "路线已无空余时间" },
  no_compatible_vehicle: {
    en: "owner has no working day in the horizon",
    zh: "负责人在此期间无工作日",
  },
  lock_infeasible: { en: "the agreed time cannot be kept", zh: "约定时间无法安排" },
  capacity: { en: "over capacity", zh: "超出容量" },
};

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
        reasons: REASON_TEXT[u.reason] ?? null,
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
