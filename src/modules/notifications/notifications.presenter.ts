import type { NotificationRow } from "./notifications.repository.ts";
import type { NotificationOut } from "./notifications.schema.ts";

export function presentNotification(row: NotificationRow): NotificationOut {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    followUpId: row.followUpId,
    customerId: row.customerId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    emailedAt: row.emailedAt?.toISOString() ?? null,
  };
}
