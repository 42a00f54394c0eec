import { renderNotification } from "./notifications.messages.ts";
import type { NotificationRow } from "./notifications.repository.ts";
import type { NotificationOut } from "./notifications.schema.ts";

/** Title and body are rendered in the reader's language; `params` are the facts behind them. */
export function presentNotification(row: NotificationRow, locale: string): NotificationOut {
  const { title, body } = renderNotification(row.kind, row.params, locale);
  return {
    id: row.id,
    kind: row.kind,
    title,
    body,
    params: row.params,
    followUpId: row.followUpId,
    customerId: row.customerId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    emailedAt: row.emailedAt?.toISOString() ?? null,
  };
}
