import type { FollowUpRow } from "./follow-ups.repository.ts";
import type { FollowUpOut, MyDayOut } from "./follow-ups.schema.ts";
import type { myDay } from "./follow-ups.service.ts";

export function presentFollowUp(row: FollowUpRow, now = new Date()): FollowUpOut {
  return {
    id: row.id,
    customerId: row.customerId,
    needId: row.needId,
    assigneeId: row.assigneeId,
    kind: row.kind,
    dueAt: row.dueAt.toISOString(),
    notes: row.notes,
    status: row.status,
    result: row.result,
    completedAt: row.completedAt?.toISOString() ?? null,
    overdue: row.status === "open" && row.dueAt.getTime() < now.getTime(),
    strategyId: row.strategyId,
    sourceCommunicationId: row.sourceCommunicationId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** My day, every follow-up's `overdue` judged at the same instant. */
export function presentMyDay(d: Awaited<ReturnType<typeof myDay>>, now = new Date()): MyDayOut {
  return {
    ...d,
    overdue: d.overdue.map((r) => presentFollowUp(r, now)),
    today: d.today.map((r) => presentFollowUp(r, now)),
    upcoming: d.upcoming.map((r) => presentFollowUp(r, now)),
  };
}
