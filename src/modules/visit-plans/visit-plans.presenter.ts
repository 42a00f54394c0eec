import type { Locale } from "../../domain/locale.ts";
import type { PlanResult } from "../../domain/visits/plan-build.ts";
import {
  type LegacyReasons,
  type Reason,
  renderStored,
  storedCodes,
} from "../../domain/visits/reasons.ts";
import type { Reader } from "../../http/reader.ts";
import type { PlanRow } from "./visit-plans.repository.ts";
import type { PlanOut } from "./visit-plans.schema.ts";

/** Reasons as stored (codes; words in both languages on plans made before) → codes and text. */
function reasonsFor(stored: Reason[] | LegacyReasons | null | undefined, locale: Locale) {
  return { reasons: storedCodes(stored), reasonText: renderStored(stored, locale) };
}

function presentResult(result: PlanResult, locale: Locale): NonNullable<PlanOut["result"]> {
  return {
    ...result,
    routes: result.routes.map((r) => ({
      ...r,
      stops: r.stops.map((s) => ({ ...s, ...reasonsFor(s.reasons, locale) })),
    })),
    unplanned: result.unplanned.map((u) => {
      const { reasons, reasonText } = reasonsFor(u.reasons, locale);
      return { ...u, reasons, reasonText: reasonText ?? u.reason };
    }),
  };
}

export function presentPlan(row: PlanRow, reader: Reader): PlanOut {
  const result = row.result as PlanResult | null;
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    startDate: row.startDate,
    days: row.days,
    repIds: row.repIds,
    result: result ? presentResult(result, reader.locale) : null,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function presentPublished(
  r: { plan: PlanRow; created: number; replaced: number },
  reader: Reader,
) {
  return { plan: presentPlan(r.plan, reader), created: r.created, replaced: r.replaced };
}
