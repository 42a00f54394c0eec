/**
 * Visit KPIs as pure formulas over per-rep sums. The SQL adds things up; everything that
 * divides, and so decides what a KPI means, lives here. Definitions: docs/calendar-and-kpis.md.
 * A ratio whose denominator is zero is null ("no data"), never 0 or NaN.
 */

const DAY_MS = 86_400_000;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_WORKING_WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

/** Sums for one rep (or several, added up) over one period. */
export type VisitSums = {
  /** Visits planned in the period, cancelled ones excluded (missed ones included). */
  planned: number;
  completed: number;
  /** Completed visits whose check-in was verified at the customer. */
  verified: number;
  /** Completed visits with both check-in and check-out times. */
  timed: number;
  /** Σ (check-out − check-in) over the timed visits, in minutes. */
  dwellMinutes: number;
  /** Over timed visits with a result score and a dwell above zero: Σ score and Σ minutes. */
  scoreSum: number;
  scoredMinutes: number;
  /** Σ travel minutes to completed visits whose travel is known from a published plan. */
  travelMinutes: number;
  travelKnown: number;
  /** Customers due in the period, and those of them visited in time. */
  due: number;
  covered: number;
  workingDays: number;
};

export const EMPTY_SUMS: VisitSums = {
  planned: 0,
  completed: 0,
  verified: 0,
  timed: 0,
  dwellMinutes: 0,
  scoreSum: 0,
  scoredMinutes: 0,
  travelMinutes: 0,
  travelKnown: 0,
  due: 0,
  covered: 0,
  workingDays: 0,
};

export function addSums(a: VisitSums, b: VisitSums): VisitSums {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof VisitSums)[]) out[k] = a[k] + b[k];
  return out;
}

export type Kpis = {
  visitsPerWorkingDay: number | null;
  planCompletionRate: number | null;
  coverageRate: number | null;
  validVisitRate: number | null;
  avgDwellMinutes: number | null;
  faceMinutes: number;
  travelMinutes: number | null;
  /** travel ÷ (travel + face), over the visits whose travel is known. */
  travelShare: number | null;
  /** Σ result scores ÷ Σ visit hours. */
  effectiveness: number | null;
};

function ratio(num: number, den: number, digits = 4): number | null {
  if (den <= 0) return null;
  const f = 10 ** digits;
  return Math.round((num / den) * f) / f;
}

export function kpis(s: VisitSums): Kpis {
  const travelKnown = s.travelKnown > 0;
  return {
    visitsPerWorkingDay: ratio(s.completed, s.workingDays, 2),
    planCompletionRate: ratio(s.completed, s.planned),
    coverageRate: ratio(s.covered, s.due),
    validVisitRate: ratio(s.verified, s.completed),
    avgDwellMinutes: ratio(s.dwellMinutes, s.timed, 1),
    faceMinutes: Math.round(s.dwellMinutes),
    travelMinutes: travelKnown ? Math.round(s.travelMinutes) : null,
    travelShare: travelKnown ? ratio(s.travelMinutes, s.travelMinutes + s.dwellMinutes) : null,
    effectiveness: ratio(s.scoreSum, s.scoredMinutes / 60, 2),
  };
}

/**
 * Working days in [from, to] (inclusive local dates): the weekdays on which the rep has
 * working hours. No holiday calendar yet.
 */
export function workingDays(from: string, to: string, weekdays: readonly Weekday[]): number {
  const on = new Set(weekdays);
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  let n = 0;
  for (let t = start; t <= end; t += DAY_MS) {
    if (on.has(WEEKDAYS[new Date(t).getUTCDay()]!)) n++;
  }
  return n;
}

/** Weekdays with at least one working-hours window; no working hours set means Mon–Fri. */
export function workingWeekdays(
  hours: Partial<Record<Weekday, unknown[]>> | null | undefined,
): readonly Weekday[] {
  if (!hours) return DEFAULT_WORKING_WEEKDAYS;
  const days = WEEKDAYS.filter((d) => (hours[d]?.length ?? 0) > 0);
  return days.length > 0 ? days : DEFAULT_WORKING_WEEKDAYS;
}

export type CoverageFacts = {
  /** Last completed visit before the period started; null when never visited. */
  lastBefore: Date | null;
  /** First completed visit (check-out) inside the period; null when none. */
  firstIn: Date | null;
  maxDays: number;
};

/**
 * Due and covered, for one customer and a period [start, end).
 * - Due: never visited before the period, or its deadline (last visit + maxDays) falls
 *   before the period's end.
 * - Deadline: last visit + maxDays; when that had passed before the period began (or there
 *   was no visit), the period's end — a late visit is better than none, and still counts.
 * - Covered: due, and visited in the period no later than its deadline.
 */
export function coverageOf(
  c: CoverageFacts,
  period: { start: Date; end: Date },
): { due: boolean; covered: boolean } {
  const deadline = c.lastBefore ? c.lastBefore.getTime() + c.maxDays * DAY_MS : null;
  const due = deadline === null || deadline < period.end.getTime();
  if (!due) return { due: false, covered: false };
  const effective =
    deadline === null || deadline < period.start.getTime() ? period.end.getTime() : deadline;
  return { due: true, covered: c.firstIn !== null && c.firstIn.getTime() <= effective };
}
