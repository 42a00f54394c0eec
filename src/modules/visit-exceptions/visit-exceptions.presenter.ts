import { dayBounds, localDate } from "../../domain/time.ts";
import { dwellMinutes, effectiveStatus } from "../../domain/visits/check-in.ts";
import { EXCEPTION_KINDS, type ExceptionKind, offWindow } from "../../domain/visits/proof.ts";
import { reasonOf } from "../visits/visits.presenter.ts";
import type { CountRow, ExceptionRow, RepRow } from "./visit-exceptions.repository.ts";
import type { ExceptionCountsOut, VisitExceptionOut } from "./visit-exceptions.schema.ts";

export function presentException(r: ExceptionRow, now = new Date()): VisitExceptionOut {
  const v = r.visit;
  const dayEnd = dayBounds(localDate(v.plannedStart, r.repTimeZone), r.repTimeZone).end;
  const off = v.checkInAt ? offWindow(v.checkInAt, v.plannedStart, v.plannedEnd) : null;
  return {
    visitId: v.id,
    customerId: v.customerId,
    customerName: r.customerName,
    repId: v.repId,
    repName: r.repName,
    type: v.type,
    status: effectiveStatus(v.status, dayEnd, now),
    plannedStart: v.plannedStart.toISOString(),
    plannedEnd: v.plannedEnd.toISOString(),
    kinds: EXCEPTION_KINDS.filter((k) => r.flags[k]),
    checkInAt: v.checkInAt?.toISOString() ?? null,
    verification: v.verification,
    checkInDistanceM: v.checkInDistanceM,
    checkInReason: reasonOf(v.checkInReasonCode, v.checkInReasonNote),
    earlyMinutes: off ? off.early : null,
    lateMinutes: off ? off.late : null,
    checkOutAt: v.checkOutAt?.toISOString() ?? null,
    checkOutVerification: v.checkOutVerification,
    checkOutDistanceM: v.checkOutDistanceM,
    checkOutReason: reasonOf(v.checkOutReasonCode, v.checkOutReasonNote),
    dwellMinutes: dwellMinutes(v.checkInAt, v.checkOutAt),
    photoCount: r.photoCount,
  };
}

const zero = () =>
  Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, 0])) as Record<ExceptionKind, number>;

export function presentCounts(c: {
  from: Date;
  to: Date;
  reps: { rep: RepRow; counts: CountRow | undefined }[];
}): ExceptionCountsOut {
  const total = { visits: 0, counts: zero() };
  const reps = c.reps.map(({ rep, counts }) => {
    const perKind = zero();
    for (const k of EXCEPTION_KINDS) {
      perKind[k] = counts?.[k] ?? 0;
      total.counts[k] += perKind[k];
    }
    total.visits += counts?.visits ?? 0;
    return {
      repId: rep.id,
      name: rep.name,
      teamId: rep.teamId,
      visits: counts?.visits ?? 0,
      counts: perKind,
    };
  });
  return { from: c.from.toISOString(), to: c.to.toISOString(), reps, total };
}
