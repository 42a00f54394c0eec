import type { FollowUpRow } from "../follow-ups/follow-ups.api.ts";
import { presentFollowUp } from "../follow-ups/follow-ups.presenter.ts";
import type { CommunicationRow } from "./communications.repository.ts";
import type { CommunicationOut } from "./communications.schema.ts";

export function presentCommunication(row: CommunicationRow): CommunicationOut {
  return {
    id: row.id,
    customerId: row.customerId,
    authorId: row.authorId,
    channel: row.channel,
    direction: row.direction,
    occurredAt: row.occurredAt.toISOString(),
    durationMin: row.durationMin,
    subject: row.subject,
    content: row.content,
    outcome: row.outcome,
    nextStep: row.nextStep,
    contactId: row.contactId,
    needId: row.needId,
    visitId: row.visitId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** A logged communication and the follow-up created with it, if any. */
export function presentCommunicationCreated(r: {
  communication: CommunicationRow;
  followUp: FollowUpRow | null;
}) {
  return {
    ...presentCommunication(r.communication),
    followUp: r.followUp ? presentFollowUp(r.followUp) : null,
  };
}
