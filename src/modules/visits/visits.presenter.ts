import { dayBounds, localDate } from "../../domain/time.ts";
import { dwellMinutes, effectiveStatus } from "../../domain/visits/check-in.ts";
import { type Locale, renderStored, storedCodes } from "../../domain/visits/reasons.ts";
import type { VisitRow, VisitWithZone } from "./visits.repository.ts";
import type { VisitOut } from "./visits.schema.ts";

export function reasonOf(code: VisitRow["checkInReasonCode"], note: string | null) {
  return code ? { code, note } : null;
}

/** `locale` renders the reasons; `now` decides whether a planned visit was missed. */
export function presentVisit(
  row: VisitRow | VisitWithZone,
  opts: { locale?: Locale; now?: Date } = {},
): VisitOut {
  const now = opts.now ?? new Date();
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
    reasons: storedCodes(row.reasons),
    reasonText: renderStored(row.reasons, opts.locale ?? "en"),
    checkInAt: row.checkInAt?.toISOString() ?? null,
    checkInDistanceM: row.checkInDistanceM,
    checkInAccuracyM: row.checkInAccuracyM,
    verification: row.verification,
    checkInReason: reasonOf(row.checkInReasonCode, row.checkInReasonNote),
    checkOutAt: row.checkOutAt?.toISOString() ?? null,
    checkOutDistanceM: row.checkOutDistanceM,
    checkOutVerification: row.checkOutVerification,
    checkOutReason: reasonOf(row.checkOutReasonCode, row.checkOutReasonNote),
    dwellMinutes: dwellMinutes(row.checkInAt, row.checkOutAt),
    result: row.result,
    resultScore: row.resultScore,
    communicationId: row.communicationId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
