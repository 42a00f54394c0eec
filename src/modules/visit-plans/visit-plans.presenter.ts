import type { PlanResult } from "../../domain/visits/plan-build.ts";
import type { PlanRow } from "./visit-plans.repository.ts";

export function presentPlan(row: PlanRow) {
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    startDate: row.startDate,
    days: row.days,
    repIds: row.repIds,
    result: (row.result as PlanResult | null) ?? null,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function presentPublished(r: { plan: PlanRow; created: number; replaced: number }) {
  return { plan: presentPlan(r.plan), created: r.created, replaced: r.replaced };
}
