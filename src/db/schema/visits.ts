import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import type { LegacyReasons, Reason } from "../../domain/visits/reasons.ts";
import { lifecycleColumns, tstz } from "./common.ts";
import { customers } from "./customers.ts";
import { communications } from "./timeline.ts";
import { users } from "./users.ts";

export const VISIT_TYPES = ["on_site", "phone", "video", "wechat", "other"] as const;
export const VISIT_STATUSES = [
  "planned",
  "checked_in",
  "completed",
  "cancelled",
  "missed",
] as const;
export const VERIFICATIONS = ["verified", "out_of_radius", "unverified"] as const;
/** Quick reasons for a check-in or check-out that broke a rule (domain/visits/proof.ts). */
export const REASON_CODES = [
  "gps_inaccurate",
  "met_elsewhere",
  "customer_rescheduled",
  "delayed",
  "left_before_check_out",
  "other",
] as const;

export const visits = pgTable(
  "visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    repId: uuid("rep_id")
      .notNull()
      .references(() => users.id),
    type: text("type", { enum: VISIT_TYPES }).notNull().default("on_site"),
    purpose: text("purpose"),
    /** Agenda items, pre-filled from the customer's open needs. */
    agenda: jsonb("agenda")
      .$type<{ needId: string | null; text: string }[]>()
      .notNull()
      .default([]),
    plannedStart: tstz("planned_start").notNull(),
    plannedEnd: tstz("planned_end").notNull(),
    status: text("status", { enum: VISIT_STATUSES }).notNull().default("planned"),
    cancelReason: text("cancel_reason"),
    /** Agreed with the customer: re-planning never moves it. */
    locked: boolean("locked").notNull().default(false),
    planId: uuid("plan_id"),
    /**
     * Why the planner put it there: reason codes with parameters, rendered per reader.
     * Visits planned before reasons were data hold the words in both languages instead.
     */
    reasons: jsonb("reasons").$type<Reason[] | LegacyReasons>(),
    checkInAt: tstz("check_in_at"),
    checkInLat: doublePrecision("check_in_lat"),
    checkInLon: doublePrecision("check_in_lon"),
    checkInAccuracyM: doublePrecision("check_in_accuracy_m"),
    checkInDistanceM: doublePrecision("check_in_distance_m"),
    verification: text("verification", { enum: VERIFICATIONS }),
    /** Why the check-in was out of radius or outside the planned time (asked, then kept). */
    checkInReasonCode: text("check_in_reason_code", { enum: REASON_CODES }),
    checkInReasonNote: text("check_in_reason_note"),
    checkOutAt: tstz("check_out_at"),
    checkOutLat: doublePrecision("check_out_lat"),
    checkOutLon: doublePrecision("check_out_lon"),
    checkOutAccuracyM: doublePrecision("check_out_accuracy_m"),
    checkOutDistanceM: doublePrecision("check_out_distance_m"),
    checkOutVerification: text("check_out_verification", { enum: VERIFICATIONS }),
    checkOutReasonCode: text("check_out_reason_code", { enum: REASON_CODES }),
    checkOutReasonNote: text("check_out_reason_note"),
    result: text("result"),
    resultScore: integer("result_score"),
    communicationId: uuid("communication_id").references(() => communications.id),
    /** RFC 5545 SEQUENCE: bumped whenever the calendar event changes. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    ...lifecycleColumns(),
  },
  (t) => [
    check("visits_score_check", sql`${t.resultScore} between 1 and 5`),
    index("visits_rep_start_idx").on(t.repId, t.plannedStart),
    index("visits_customer_idx").on(t.customerId, t.plannedStart),
    index("visits_plan_idx").on(t.planId),
    index("visits_open_idx").on(t.plannedStart).where(sql`${t.status} = 'planned'`),
  ],
);

export const visitPlans = pgTable("visit_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  createdBy: uuid("created_by").references(() => users.id),
  /** queued → running → draft → published; or failed. */
  status: text("status", { enum: ["queued", "running", "draft", "published", "failed"] })
    .notNull()
    .default("queued"),
  startDate: date("start_date").notNull(),
  days: integer("days").notNull(),
  repIds: uuid("rep_ids").array().notNull(),
  options: jsonb("options").notNull(),
  progress: integer("progress").notNull().default(0),
  result: jsonb("result"),
  error: text("error"),
  publishedAt: tstz("published_at"),
  ...lifecycleColumns(),
});

/**
 * The one background-job queue: rows claimed with FOR UPDATE SKIP LOCKED under a lease, so
 * several processes share the work and a job whose process died is taken up again once its
 * lease runs out.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    progress: integer("progress").notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    runAfter: tstz("run_after").notNull().defaultNow(),
    lockedBy: text("locked_by"),
    leaseUntil: tstz("lease_until"),
    error: text("error"),
    createdAt: tstz("created_at").notNull().defaultNow(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("jobs_claim_idx").on(t.runAfter).where(sql`${t.status} in ('queued', 'running')`)],
);

/** Each user's secret calendar feed URL; only the token's hash is stored. */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: tstz("created_at").notNull().defaultNow(),
});
