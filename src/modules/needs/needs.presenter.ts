import { isActive } from "../../domain/needs.ts";
import type { NeedListRow, NeedRow } from "./needs.repository.ts";
import type { NeedDetailOut, NeedListItemOut, NeedOut } from "./needs.schema.ts";
import type { getNeed } from "./needs.service.ts";

export function presentNeed(row: NeedRow, now = new Date()): NeedOut {
  return {
    id: row.id,
    customerId: row.customerId,
    type: row.type,
    title: row.title,
    detail: row.detail,
    importance: row.importance,
    urgency: row.urgency,
    status: row.status,
    ownerId: row.ownerId,
    sourceCommunicationId: row.sourceCommunicationId,
    dueAt: row.dueAt.toISOString(),
    overdue: isActive(row.status) && row.dueAt.getTime() < now.getTime(),
    resolutionNote: row.resolutionNote,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** A list row: the need, and whom and for whom it is, named for boards. */
export function presentNeedListItem(row: NeedListRow, now = new Date()): NeedListItemOut {
  return { ...presentNeed(row, now), customerName: row.customerName, ownerName: row.ownerName };
}

/** A need with its status history, linked communications, visits and next allowed moves. */
export function presentNeedDetail(d: Awaited<ReturnType<typeof getNeed>>): NeedDetailOut {
  return {
    ...presentNeed(d.row),
    history: d.history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      note: h.note,
      actorId: h.actorId,
      at: h.at.toISOString(),
    })),
    links: d.links.map((l) => ({ ...l, occurredAt: l.occurredAt.toISOString() })),
    visits: d.visits.map((v) => ({ ...v, plannedStart: v.plannedStart.toISOString() })),
    allowedTransitions: [...d.allowed],
  };
}
