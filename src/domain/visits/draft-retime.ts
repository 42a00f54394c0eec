import { haversineMeters, type LatLon } from "../geo.ts";
import { addDays, zonedTime } from "../time.ts";
import {
  DEFAULT_WORKING_HOURS,
  type PlanResult,
  type PlanRoute,
  type PlanStop,
  type Weekday,
} from "./plan-build.ts";

/**
 * Re-timing a draft route after a hand edit: the ETAs, waits and feasibility of an ordered
 * list of stops, with exactly the planner's travel model and schedule rules (plan-build.ts and
 * the engine's `describeRoutes`), so that an untouched route re-times to the very times the
 * planner gave it. Unlike the planner, it never refuses: a stop that cannot be kept inside its
 * window or the working day is timed as well as it can be and says why (`violations`); the
 * user decides. Pure: the service loads the facts and stores the result.
 */

export type StopViolation =
  /** Arrives after the customer's last visit window of that day ends (or it has none that day). */
  | "outside_window"
  /** The visit ends after the rep's working hours. */
  | "after_hours"
  /** Arrives after the agreed start of a fixed visit or a locked stop. */
  | "misses_fixed_time"
  /** The rep does not work on that day. */
  | "not_working_day";
export type RouteViolation = "back_after_hours" | "not_working_day";

export type DraftStop = PlanStop & {
  lat?: number;
  lon?: number;
  /** Kept on its rep, day and time by "re-optimise around my edits". */
  locked?: boolean;
  /** Put in the plan by hand. */
  added?: boolean;
  violations?: StopViolation[];
};
export type DraftRoute = Omit<PlanRoute, "stops"> & {
  stops: DraftStop[];
  violations?: RouteViolation[];
};
export type DraftResult = Omit<PlanResult, "routes" | "totals"> & {
  routes: DraftRoute[];
  totals: PlanResult["totals"] & { infeasibleStops?: number };
  reps?: { id: string; name: string; lat: number; lon: number }[];
  /** What publishing did, kept so that publishing again answers the same. */
  publication?: { created: number; replaced: number };
};

type Windows = Partial<Record<Weekday, { from: string; to: string }[]>>;

export type RetimeRep = {
  id: string;
  home: LatLon;
  timeZone: string;
  workingHours: Windows | null;
};
/** What the database knows about a stop's customer now; missing for a deleted customer. */
export type CustomerFacts = {
  name: string;
  ownerId: string | null;
  position: LatLon | null;
  visitWindows: Windows | null;
  serviceMin: number;
  valueCents: number | null;
};

/** The planner's defaults (plan-build.ts): straight line × 1.3 at 30 km/h. */
export const PLANNER_TRAVEL = { circuity: 1.3, speedKmh: 30 } as const;

export type RetimeEnv = {
  startDate: string;
  reps: ReadonlyMap<string, RetimeRep>;
  facts: ReadonlyMap<string, CustomerFacts>;
  travel?: { circuity: number; speedKmh: number };
};

const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/** Float slack: the engine's own sums may land a hair past a pinned time they met. */
const EPS = 0.5;

export type Scheduled = {
  route: DraftRoute;
  /** Unrounded, for comparing insertion positions. */
  meters: number;
  /** Stop and route violations together: 0 is a feasible route. */
  violationCount: number;
};

/** Seconds since the plan's epoch, as buildProblem counts them (the day before the start). */
function clock(startDate: string) {
  const epoch = Date.parse(`${addDays(startDate, -1)}T00:00:00Z`);
  return {
    t: (ms: number) => (ms - epoch) / 1000,
    iso: (s: number) => new Date(epoch + s * 1000).toISOString(),
  };
}

export function positionOf(stop: DraftStop, env: RetimeEnv): LatLon | null {
  const known = env.facts.get(stop.customerId)?.position;
  if (known) return known;
  return stop.lat != null && stop.lon != null ? { lat: stop.lat, lon: stop.lon } : null;
}

/** Fixed visits and locked stops keep their start; the rest are timed. */
const pinned = (s: DraftStop) => s.fixed || s.locked === true;

export function retimeRoute(
  route: { repId: string; date: string; stops: DraftStop[] },
  env: RetimeEnv,
): Scheduled {
  const rep = env.reps.get(route.repId);
  if (!rep) throw new Error(`rep ${route.repId} is not in the plan`);
  const { t, iso } = clock(env.startDate);
  const travel = env.travel ?? PLANNER_TRAVEL;
  const speedMps = travel.speedKmh / 3.6;
  const leg = (a: LatLon, b: LatLon) => {
    const d = haversineMeters(a, b) * travel.circuity;
    return { d, s: d / speedMps };
  };
  const hours = rep.workingHours ?? DEFAULT_WORKING_HOURS;
  const today = hours[weekdayOf(route.date)];
  const working = Boolean(today && today.length > 0);
  // A day off still needs a clock to time the stops on: the rep's usual hours.
  const shiftDay = working
    ? today!
    : (Object.values(hours).find((w) => w && w.length > 0) ?? [{ from: "08:30", to: "17:30" }]);
  const shiftStart = t(zonedTime(route.date, shiftDay[0]!.from, rep.timeZone).getTime());
  const shiftEnd = t(zonedTime(route.date, shiftDay.at(-1)!.to, rep.timeZone).getTime());

  type Slot = { stop: DraftStop; at: LatLon; service: number; pin?: number; windows: Win[] | null };
  type Win = { start: number; end: number };
  const slots: Slot[] = route.stops.map((stop) => {
    const facts = env.facts.get(stop.customerId);
    const at = positionOf(stop, env) ?? rep.home;
    const given = (Date.parse(stop.end) - Date.parse(stop.start)) / 1000;
    const service = Number.isFinite(given) && given >= 0 ? given : (facts?.serviceMin ?? 45) * 60;
    if (pinned(stop)) return { stop, at, service, pin: t(Date.parse(stop.start)), windows: null };
    const dayWindows = facts?.visitWindows
      ? (facts.visitWindows[weekdayOf(route.date)] ?? [])
      : null;
    // As buildProblem: a visit must start early enough to end inside the window.
    const windows = dayWindows
      ?.map((w) => ({
        start: t(zonedTime(route.date, w.from, rep.timeZone).getTime()),
        end: t(zonedTime(route.date, w.to, rep.timeZone).getTime()) - service,
      }))
      .filter((w) => w.end >= w.start)
      .sort((a, b) => a.start - b.start);
    return { stop, at, service, windows: windows ?? null };
  });

  /** The planner's earliest start on arriving at `arrival`; null when no window is left. */
  const earliest = (slot: Slot, arrival: number): number | null => {
    if (slot.pin !== undefined) return slot.pin;
    if (!slot.windows) return arrival;
    for (const w of slot.windows) if (arrival <= w.end + EPS) return Math.max(arrival, w.start);
    return null;
  };

  let departure = shiftStart;
  if (slots.length > 0) {
    // Leave just in time for the first visit instead of waiting there (describeRoutes).
    const first = leg(rep.home, slots[0]!.at).s;
    const es = earliest(slots[0]!, shiftStart + first);
    if (es !== null) departure = Math.max(shiftStart, es - first);
  }
  let now = departure;
  let prev = rep.home;
  let meters = 0;
  let seconds = 0;
  let visit = 0;
  let violationCount = 0;
  const stops: DraftStop[] = slots.map((slot) => {
    const l = leg(prev, slot.at);
    meters += l.d;
    seconds += l.s;
    const arrival = now + l.s;
    const violations: StopViolation[] = [];
    if (!working) violations.push("not_working_day");
    let start = earliest(slot, arrival);
    let busyFrom: number;
    if (start === null) {
      violations.push("outside_window");
      start = arrival;
      busyFrom = arrival;
    } else if (slot.pin !== undefined && arrival > slot.pin + EPS) {
      // The agreed time stays what it is; the rep gets there late and stays the full visit.
      violations.push("misses_fixed_time");
      busyFrom = arrival;
    } else busyFrom = start;
    const done = busyFrom + slot.service;
    if (done > shiftEnd + EPS) violations.push("after_hours");
    violationCount += violations.length;
    visit += slot.service;
    now = done;
    prev = slot.at;
    return {
      ...slot.stop,
      arrival: iso(arrival),
      start: iso(start),
      end: iso(start + slot.service),
      travelKm: Math.round(l.d / 100) / 10,
      travelMin: Math.round(l.s / 60),
      ...(slot.at !== rep.home ? { lat: slot.at.lat, lon: slot.at.lon } : {}),
      violations,
    };
  });
  const home = leg(prev, rep.home);
  if (stops.length > 0) {
    meters += home.d;
    seconds += home.s;
  }
  const back = stops.length > 0 ? now + home.s : departure;
  const routeViolations: RouteViolation[] = [];
  if (!working) routeViolations.push("not_working_day");
  if (back > shiftEnd + EPS) routeViolations.push("back_after_hours");
  violationCount += routeViolations.length;
  return {
    route: {
      repId: route.repId,
      date: route.date,
      stops,
      km: Math.round(meters / 100) / 10,
      travelMin: Math.round(seconds / 60),
      visitMin: Math.round(visit / 60),
      leave: iso(departure),
      back: iso(back),
      violations: routeViolations,
    },
    meters,
    violationCount,
  };
}

/**
 * Where a stop fits best in a route: the position that adds the fewest violations, then the
 * fewest meters (cheapest insertion, the planner's recreate step without its prize test).
 */
export function bestPosition(
  route: { repId: string; date: string; stops: DraftStop[] },
  stop: DraftStop,
  env: RetimeEnv,
): { position: number; scheduled: Scheduled } {
  let best: { position: number; scheduled: Scheduled } | null = null;
  for (let p = 0; p <= route.stops.length; p++) {
    const stops = [...route.stops.slice(0, p), stop, ...route.stops.slice(p)];
    const scheduled = retimeRoute({ ...route, stops }, env);
    if (
      !best ||
      scheduled.violationCount < best.scheduled.violationCount ||
      (scheduled.violationCount === best.scheduled.violationCount &&
        scheduled.meters < best.scheduled.meters)
    ) {
      best = { position: p, scheduled };
    }
  }
  return best!;
}

/** Plan totals from the routes; value covered and must-visit misses are carried by the caller. */
export function planTotals(
  routes: DraftRoute[],
  carried: { valueCoveredCents: number; mandatoryMissed: number },
): DraftResult["totals"] {
  return {
    visits: routes.reduce((n, r) => n + r.stops.length, 0),
    km: Math.round(routes.reduce((n, r) => n + r.km, 0) * 10) / 10,
    travelMin: routes.reduce((n, r) => n + r.travelMin, 0),
    visitMin: routes.reduce((n, r) => n + r.visitMin, 0),
    valueCoveredCents: Math.max(0, carried.valueCoveredCents),
    mandatoryMissed: Math.max(0, carried.mandatoryMissed),
    infeasibleStops: routes.reduce(
      (n, r) => n + r.stops.filter((s) => (s.violations?.length ?? 0) > 0).length,
      0,
    ),
  };
}

/** Routes in the planner's order: by date, then rep. */
export function sortRoutes<R extends { date: string; repId: string }>(routes: R[]): R[] {
  return routes.sort((a, b) => a.date.localeCompare(b.date) || a.repId.localeCompare(b.repId));
}
