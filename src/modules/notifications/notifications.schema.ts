import { z } from "zod";
import { pageLimit } from "../common/fields.ts";

export const notificationListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  unread: z.enum(["true", "false"]).default("false"),
});

export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationSchema = z
  .object({
    id: z.uuid(),
    /** What happened: `follow_up_due` (the only kind written today). */
    kind: z.string(),
    /** Rendered in the reader's profile language from `kind` and `params`. */
    title: z.string(),
    body: z.string().nullable(),
    /**
     * The facts the title and body are rendered from, for clients that render them themselves
     * (`follow_up_due`: customerName, notes, dueAt, followUpKind).
     */
    params: z.record(z.string(), z.string().nullable()),
    followUpId: z.uuid().nullable(),
    customerId: z.uuid().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    emailedAt: z.string().nullable(),
  })
  .meta({ id: "Notification" });

export type NotificationOut = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    nextCursor: z.string().nullable(),
    /** All the caller's unread notifications, whatever the page or filter. */
    unreadCount: z.number().int(),
  })
  .meta({ id: "NotificationPage" });

export const readAllResultSchema = z
  .object({ updated: z.number().int(), unreadCount: z.number().int() })
  .meta({ id: "NotificationsReadAll" });
