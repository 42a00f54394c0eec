import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { lifecycleColumns, tstz } from "./common.ts";
import { contacts } from "./contacts.ts";
import { customers } from "./customers.ts";
import { users } from "./users.ts";

/** A notification's parameters: names, times and notes as they were when it was recorded. */
export type NotificationParams = Record<string, string | null>;

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const CHANNELS = [
  "visit",
  "phone",
  "email",
  "wechat",
  "message",
  "meeting",
  "other",
] as const;
export const NEED_STATUSES = ["open", "in_progress", "resolved", "dropped"] as const;
export const URGENCIES = ["low", "normal", "high", "critical"] as const;
export const FOLLOW_UP_KINDS = ["call", "visit", "email", "message", "wechat", "other"] as const;
export const FOLLOW_UP_STATUSES = ["open", "done", "cancelled"] as const;

export const communications = pgTable(
  "communications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    authorId: uuid("author_id").references(() => users.id),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    occurredAt: tstz("occurred_at").notNull(),
    durationMin: integer("duration_min"),
    subject: text("subject"),
    /** Plain text or Markdown; raw HTML is refused at the door. */
    content: text("content"),
    outcome: text("outcome"),
    nextStep: text("next_step"),
    contactId: uuid("contact_id").references(() => contacts.id),
    needId: uuid("need_id"),
    visitId: uuid("visit_id"),
    /**
     * Search tokens computed by the application (domain/text/search-tokens): words from
     * Intl.Segmenter plus Han bigrams, so Chinese text without spaces is searchable.
     */
    searchVector: tsvector("search_vector").notNull(),
    deletedAt: tstz("deleted_at"),
    ...lifecycleColumns(),
  },
  (t) => [
    index("communications_customer_idx").on(t.customerId, t.occurredAt, t.id),
    index("communications_author_idx").on(t.authorId, t.occurredAt),
    index("communications_need_idx").on(t.needId),
    index("communications_search_idx").using("gin", t.searchVector),
  ],
);

/** Configurable need types with their SLA: days to resolve, per importance 1–5. */
export const needTypes = pgTable("need_types", {
  key: text("key").primaryKey(),
  labelEn: text("label_en").notNull(),
  labelZh: text("label_zh").notNull(),
  /** Index 0 is importance 1 … index 4 importance 5. */
  slaDays: jsonb("sla_days").$type<number[]>().notNull(),
  active: boolean("active").notNull().default(true),
});

export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    type: text("type")
      .notNull()
      .references(() => needTypes.key),
    title: text("title").notNull(),
    detail: text("detail"),
    importance: integer("importance").notNull(),
    urgency: text("urgency", { enum: URGENCIES }).notNull().default("normal"),
    status: text("status", { enum: NEED_STATUSES }).notNull().default("open"),
    ownerId: uuid("owner_id").references(() => users.id),
    sourceCommunicationId: uuid("source_communication_id").references(() => communications.id),
    dueAt: tstz("due_at").notNull(),
    resolutionNote: text("resolution_note"),
    closedAt: tstz("closed_at"),
    deletedAt: tstz("deleted_at"),
    ...lifecycleColumns(),
  },
  (t) => [
    check("needs_importance_check", sql`${t.importance} between 1 and 5`),
    index("needs_customer_idx").on(t.customerId, t.status),
    index("needs_owner_idx").on(t.ownerId, t.status, t.dueAt),
    index("needs_open_due_idx")
      .on(t.dueAt)
      .where(sql`${t.status} in ('open', 'in_progress') and ${t.deletedAt} is null`),
  ],
);

/** Every status change of a need, with who and when: the need's history and timeline entries. */
export const needStatusChanges = pgTable(
  "need_status_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    note: text("note"),
    actorId: uuid("actor_id"),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [
    index("need_changes_need_idx").on(t.needId, t.id),
    index("need_changes_customer_idx").on(t.customerId, t.at),
  ],
);

/** Which communications (and later visits) raised or served a need. */
export const needLinks = pgTable(
  "need_links",
  {
    needId: uuid("need_id")
      .notNull()
      .references(() => needs.id),
    communicationId: uuid("communication_id")
      .notNull()
      .references(() => communications.id),
    relation: text("relation", { enum: ["raised", "served"] }).notNull(),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.communicationId] }),
    index("need_links_comm_idx").on(t.communicationId),
  ],
);

export const strategies = pgTable("strategies", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  goal: text("goal"),
  /** The saved customer filter: see strategies.schema.ts. */
  segment: jsonb("segment").notNull(),
  channel: text("channel", { enum: CHANNELS }).notNull(),
  followUpKind: text("follow_up_kind", { enum: FOLLOW_UP_KINDS }).notNull(),
  /** `{ everyDays: n }` or `{ rrule: "FREQ=WEEKLY;BYDAY=MO" }`. */
  cadence: jsonb("cadence").notNull(),
  template: text("template"),
  active: boolean("active").notNull().default(true),
  createdBy: uuid("created_by").references(() => users.id),
  /** Team strategies are visible to that team's manager; null = company-wide (admin). */
  teamId: uuid("team_id"),
  anchorAt: tstz("anchor_at").notNull().defaultNow(),
  lastRunAt: tstz("last_run_at"),
  nextRunAt: tstz("next_run_at"),
  deletedAt: tstz("deleted_at"),
  ...lifecycleColumns(),
});

export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    needId: uuid("need_id").references(() => needs.id),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: FOLLOW_UP_KINDS }).notNull(),
    dueAt: tstz("due_at").notNull(),
    notes: text("notes"),
    status: text("status", { enum: FOLLOW_UP_STATUSES }).notNull().default("open"),
    result: text("result"),
    completedAt: tstz("completed_at"),
    sourceCommunicationId: uuid("source_communication_id").references(() => communications.id),
    strategyId: uuid("strategy_id").references(() => strategies.id),
    /** The strategy period that produced it: running a strategy twice in one period adds nothing. */
    strategyPeriod: text("strategy_period"),
    createdBy: uuid("created_by"),
    /** Set once, when the reminder for this follow-up fired. */
    remindedAt: tstz("reminded_at"),
    deletedAt: tstz("deleted_at"),
    ...lifecycleColumns(),
  },
  (t) => [
    index("follow_ups_assignee_idx").on(t.assigneeId, t.status, t.dueAt),
    index("follow_ups_customer_idx").on(t.customerId, t.createdAt),
    index("follow_ups_reminder_idx")
      .on(t.dueAt)
      .where(sql`${t.status} = 'open' and ${t.remindedAt} is null and ${t.deletedAt} is null`),
    uniqueIndex("follow_ups_strategy_period_key")
      .on(t.strategyId, t.customerId, t.strategyPeriod)
      .where(sql`${t.strategyId} is not null`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /**
     * What the message is about, not its words: the title and body are rendered in the reader's
     * language when read or e-mailed (notifications.messages.ts), so nothing is stored in English.
     */
    params: jsonb("params").$type<NotificationParams>().notNull().default({}),
    followUpId: uuid("follow_up_id").references(() => followUps.id),
    customerId: uuid("customer_id"),
    createdAt: tstz("created_at").notNull().defaultNow(),
    readAt: tstz("read_at"),
    /** E-mail outbox state when SMTP is configured: null = not (yet) sent. */
    emailedAt: tstz("emailed_at"),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    // The same reminder can never be recorded twice, whatever the number of processes.
    uniqueIndex("notifications_follow_up_kind_key")
      .on(t.followUpId, t.kind)
      .where(sql`${t.followUpId} is not null`),
  ],
);
