import type { FollowUpRow } from "./follow-ups.repository.ts";
import type { FollowUpOut } from "./follow-ups.schema.ts";

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
