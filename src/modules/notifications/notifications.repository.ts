import { and, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type NotificationParams, notifications } from "../../db/schema/timeline.ts";
import { customerWithinScope } from "../../db/scope.ts";
import { queryRows } from "../../db/sql.ts";
import type { CustomerScope } from "../access/scope.ts";
import { FOLLOW_UP_DUE } from "./notifications.messages.ts";

export type NotificationRow = typeof notifications.$inferSelect;

const REMINDER_KIND = FOLLOW_UP_DUE;

/**
 * Claims up to `limit` due follow-ups and records their reminders, in one statement that the
 * caller runs inside a transaction. `FOR UPDATE SKIP LOCKED` lets several processes tick at
 * once without waiting for or double-claiming each other's rows; setting `reminded_at` takes
 * the row out of the due set for good; the unique (follow_up_id, kind) index with ON CONFLICT
 * DO NOTHING is the second guard should a reminder ever be claimed twice.
 * A follow-up that is due again — the follow-ups service clears `reminded_at` when its due
 * time moves — keeps its one notification, which is refreshed (unread, new time, not yet
 * e-mailed, current assignee and notes) instead of being silently dropped by the unique index.
 * Follow-ups of deleted customers are marked but not announced, so they cannot clog the queue.
 */
export async function claimDueReminders(
  ex: Executor,
  now: Date,
  limit: number,
): Promise<{ claimed: number; notified: number }> {
  const at = now.toISOString();
  // Facts, not words: the title is rendered in the reader's language (notifications.messages.ts).
  const reminderParams = sql`jsonb_build_object('customerName', c.name, 'notes', m.notes,
    'dueAt', to_char(m.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'followUpKind', m.kind)`;
  const [row] = await queryRows<{ claimed: number; notified: number }>(
    ex,
    sql`
    with due as (
      select f.id from follow_ups f
      where f.status = 'open' and f.due_at <= ${at}::timestamptz and f.reminded_at is null
        and f.deleted_at is null
      order by f.due_at, f.id
      limit ${limit}
      for update of f skip locked
    ), marked as (
      update follow_ups f set reminded_at = ${at}::timestamptz
      from due where f.id = due.id
      returning f.id, f.assignee_id, f.customer_id, f.kind, f.notes, f.due_at
    ), inserted as (
      insert into notifications (user_id, kind, params, follow_up_id, customer_id, created_at)
      select m.assignee_id, ${REMINDER_KIND}, ${reminderParams}, m.id, m.customer_id,
             ${at}::timestamptz
      from marked m join customers c on c.id = m.customer_id
      where c.deleted_at is null
      on conflict (follow_up_id, kind) where follow_up_id is not null do nothing
      returning id
    ), refreshed as (
      -- Sees only rows that existed before this statement: never one inserted just above.
      update notifications n
      set user_id = m.assignee_id, params = ${reminderParams},
          created_at = ${at}::timestamptz, read_at = null, emailed_at = null
      from marked m join customers c on c.id = m.customer_id
      where n.follow_up_id = m.id and n.kind = ${REMINDER_KIND} and c.deleted_at is null
      returning n.id
    )
    select (select count(*) from marked)::int as claimed,
           ((select count(*) from inserted) + (select count(*) from refreshed))::int as notified`,
  );
  return { claimed: row?.claimed ?? 0, notified: row?.notified ?? 0 };
}

export type NotificationListFilter = {
  userId: string;
  /** Notifications about a customer the reader can no longer see (it changed hands) are hidden. */
  scope: CustomerScope;
  unreadOnly: boolean;
  after?: { createdAt: string; id: string };
  limit: number;
};

/** The user's own notifications, newest first (ties by id), keyset-paginated. */
export async function listNotifications(
  ex: Executor,
  f: NotificationListFilter,
): Promise<NotificationRow[]> {
  const visible = customerWithinScope(f.scope, notifications.customerId);
  const conds: (SQL | undefined)[] = [
    eq(notifications.userId, f.userId),
    visible && sql`(${notifications.customerId} is null or ${visible})`,
  ];
  if (f.unreadOnly) conds.push(isNull(notifications.readAt));
  if (f.after) {
    conds.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  return ex
    .select()
    .from(notifications)
    .where(and(...conds))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(f.limit);
}

export async function countUnread(
  ex: Executor,
  userId: string,
  scope: CustomerScope,
): Promise<number> {
  const visible = customerWithinScope(scope, notifications.customerId);
  const [row] = await ex
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        visible && sql`(${notifications.customerId} is null or ${visible})`,
      ),
    );
  return row?.n ?? 0;
}

/** Marks one of the user's notifications read (keeping the first read time); undefined if not theirs. */
export async function markRead(
  ex: Executor,
  userId: string,
  id: string,
  now: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await ex
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

export async function markAllRead(ex: Executor, userId: string, now: Date): Promise<number> {
  const rows = await ex
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export type OutboxItem = {
  id: string;
  kind: string;
  params: NotificationParams;
  customerId: string | null;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
};

/**
 * Claims unsent e-mails (run inside a transaction; the lock lasts until it commits). Read
 * notifications, inactive users and anything older than a week are not mailed: turning SMTP
 * on must not flood inboxes with history.
 */
export async function claimOutbox(ex: Executor, now: Date, limit: number): Promise<OutboxItem[]> {
  return queryRows<OutboxItem>(
    ex,
    sql`
    select n.id, n.kind, n.params, n.customer_id as "customerId", u.email, u.name, u.locale,
      u.time_zone as "timeZone"
    from notifications n join users u on u.id = n.user_id
    where n.emailed_at is null and n.read_at is null and u.active and u.email <> ''
      and n.created_at > ${now.toISOString()}::timestamptz - interval '7 days'
    order by n.created_at, n.id
    limit ${limit}
    for update of n skip locked`,
  );
}

/** The language notifications are rendered in for this reader: their profile's. */

export async function markEmailed(ex: Executor, id: string, now: Date): Promise<void> {
  await ex.update(notifications).set({ emailedAt: now }).where(eq(notifications.id, id));
}
