import type { Verification, VisitStatus } from "./check-in.ts";

/**
 * Proof of visit: which check-ins and check-outs need a reason, and which visits a manager
 * should look at. Pure: the service and the exceptions query apply these same rules (the
 * query's SQL is tested against `exceptionKinds` on the same visits).
 */

/** Why a check-in or check-out was off; the web offers these as quick reasons. */
export const REASON_CODES = [
  "gps_inaccurate",
  "met_elsewhere",
  "customer_rescheduled",
  "delayed",
  "left_before_check_out",
  "other",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type Reason = { code: ReasonCode; note: string | null };

/** What a manager's exceptions view lists. */
export const EXCEPTION_KINDS = [
  "out_of_radius",
  "unverified",
  "early",
  "late",
  "missed",
  "short",
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export type ProofSettings = {
  radiusM: number;
  /** Minutes outside [plannedStart, plannedEnd] a check-in may be without a reason. */
  windowMarginMinutes: number;
  shortVisitMinutes: number;
};

/** A rule a check-in (or check-out) broke: needs a reason. */
export type Breach =
  | { rule: "out_of_radius"; distanceM: number; radiusM: number }
  | { rule: "early"; minutes: number; marginMinutes: number }
  | { rule: "late"; minutes: number; marginMinutes: number };

const MINUTE = 60_000;

/**
 * Minutes a moment lies before the planned start (early) or after the planned end (late);
 * both 0 inside the window. Whole minutes, rounded: what a person would say.
 */
export function offWindow(at: Date, plannedStart: Date, plannedEnd: Date) {
  const t = at.getTime();
  return {
    early: t < plannedStart.getTime() ? Math.round((plannedStart.getTime() - t) / MINUTE) : 0,
    late: t > plannedEnd.getTime() ? Math.round((t - plannedEnd.getTime()) / MINUTE) : 0,
  };
}

/**
 * Position counts only for visits on site: a phone or video visit is rightly made from
 * anywhere, so distance neither needs a reason nor makes an exception there.
 */
export const positionMatters = (type: string) => type === "on_site";

/** The rules a check-in breaks. Strictly beyond the margin: exactly 60 minutes early is fine. */
export function checkInBreaches(
  v: {
    type: string;
    plannedStart: Date;
    plannedEnd: Date;
    at: Date;
    verification: Verification;
    distanceM: number | null;
  },
  s: Pick<ProofSettings, "radiusM" | "windowMarginMinutes">,
): Breach[] {
  const out: Breach[] = [];
  if (positionMatters(v.type) && v.verification === "out_of_radius" && v.distanceM !== null) {
    out.push({ rule: "out_of_radius", distanceM: v.distanceM, radiusM: s.radiusM });
  }
  const margin = s.windowMarginMinutes * MINUTE;
  const t = v.at.getTime();
  const off = offWindow(v.at, v.plannedStart, v.plannedEnd);
  if (t < v.plannedStart.getTime() - margin) {
    out.push({ rule: "early", minutes: off.early, marginMinutes: s.windowMarginMinutes });
  } else if (t > v.plannedEnd.getTime() + margin) {
    out.push({ rule: "late", minutes: off.late, marginMinutes: s.windowMarginMinutes });
  }
  return out;
}

/**
 * The rules a check-out breaks: only distance. Time is not judged at check-out — a long or
 * short stay is a fact the exceptions view shows, not something a rep should explain away.
 */
export function checkOutBreaches(
  v: { type: string; verification: Verification; distanceM: number | null },
  s: Pick<ProofSettings, "radiusM">,
): Breach[] {
  return positionMatters(v.type) && v.verification === "out_of_radius" && v.distanceM !== null
    ? [{ rule: "out_of_radius", distanceM: v.distanceM, radiusM: s.radiusM }]
    : [];
}

export type ExceptionFacts = {
  type: string;
  /** As shown: a planned visit whose day is over is `missed`. */
  status: VisitStatus;
  plannedStart: Date;
  plannedEnd: Date;
  checkInAt: Date | null;
  verification: Verification | null;
  checkOutAt: Date | null;
  checkOutVerification: Verification | null;
};

/** Why a manager should look at a visit, in `EXCEPTION_KINDS` order; [] for a clean one. */
export function exceptionKinds(v: ExceptionFacts, s: ProofSettings): ExceptionKind[] {
  const kinds: ExceptionKind[] = [];
  const onSite = positionMatters(v.type);
  if (
    onSite &&
    (v.verification === "out_of_radius" || v.checkOutVerification === "out_of_radius")
  ) {
    kinds.push("out_of_radius");
  }
  if (onSite && v.checkInAt && v.verification === "unverified") kinds.push("unverified");
  if (v.checkInAt) {
    const margin = s.windowMarginMinutes * MINUTE;
    if (v.checkInAt.getTime() < v.plannedStart.getTime() - margin) kinds.push("early");
    if (v.checkInAt.getTime() > v.plannedEnd.getTime() + margin) kinds.push("late");
  }
  if (v.status === "missed") kinds.push("missed");
  if (v.status === "completed" && v.checkInAt && v.checkOutAt) {
    const stayed = v.checkOutAt.getTime() - v.checkInAt.getTime();
    if (stayed < s.shortVisitMinutes * MINUTE) kinds.push("short");
  }
  return kinds;
}
