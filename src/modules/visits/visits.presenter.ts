import { dayBounds, localDate } from "../../domain/time.ts";
import { dwellMinutes, effectiveStatus } from "../../domain/visits/check-in.ts";
import type { VisitRow, VisitWithZone } from "./visits.repository.ts";
import type { VisitOut } from "./visits.schema.ts";

export function presentVisit(row: VisitRow | VisitWithZone, now = new Date()): VisitOut {
  const tz = "repTimeZone" in row ? row.repTimeZone : "UTC";
  const dayEnd = dayBounds(localDate(row.plannedStart, tz), tz).end;
  return {
    id: row.id,
    customerId: row.customerId,
    repId: row.repId,
    type: row.type,
    purpose: row.purpose,
    agenda: row.agenda,
    plannedStart: row.plannedStart.toISOString(),
    plannedEnd: row.plannedEnd.toISOString(),
    status: effectiveStatus(row.status, dayEnd, now),
    cancelReason: row.cancelReason,
    locked: row.locked,
    planId: row.planId,
    reasons: row.reasons ?? null,
    checkInAt: row.checkInAt?.toISOString() ?? null,
    checkInDistanceM: row.checkInDistanceM,
    checkInAccuracyM: row.checkInAccuracyM,
    verification: row.verification,
    checkOutAt: row.checkOutAt?.toISOString() ?? null,
    dwellMinutes: dwellMinutes(row.checkInAt, row.checkOutAt),
    result: row.result,
    resultScore: row.resultScore,
    communicationId: row.communicationId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
