import { z } from "zod";
import { CHANNELS, FOLLOW_UP_KINDS } from "../../db/schema/timeline.ts";
import { rruleProblem } from "../../domain/cadence/cadence.ts";
import { isoDateTime, optionalText, pageLimit, text, uuid } from "../common/fields.ts";
import { CUSTOMER_STATUSES, CUSTOMER_TIERS } from "../customers/customers.schema.ts";

const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((v) => new Set(v).size === v.length, {
      message: "Values must be unique.",
      params: { rule: "unique" },
    });

/**
 * The saved customer filter. Every given condition must hold; lists match any of their values
 * (tags: the customer has at least one of them).
 */
export const segmentSchema = z
  .strictObject({
    tier: unique(z.enum(CUSTOMER_TIERS), CUSTOMER_TIERS.length).optional(),
    status: unique(z.enum(CUSTOMER_STATUSES), CUSTOMER_STATUSES.length).optional(),
    tags: unique(z.string().trim().min(1).max(50), 30).optional(),
    ownerIds: unique(uuid, 200).optional(),
    /** Customers owned by members of this team. */
    teamId: uuid.optional(),
    /** No communication at all, or the latest one is older than this many days. */
    minDaysSinceLastCommunication: z.number().int().min(1).max(3650).optional(),
    /** true: has a need in status open or in_progress; false: has none. */
    hasOpenNeeds: z.boolean().optional(),
  })
  .meta({ id: "StrategySegment" });

export type Segment = z.infer<typeof segmentSchema>;

const dueOffsetDays = z.number().int().min(0).max(365).optional();

const rrule = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .superRefine((value, ctx) => {
    const problem = rruleProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { rule: "rrule" } });
  });

/** Every n days from the anchor, or an RFC 5545 RRULE; follow-ups are due `dueOffsetDays` after the period starts. */
export const cadenceSchema = z
  .union([
    z.strictObject({ everyDays: z.number().int().min(1).max(366), dueOffsetDays }),
    z.strictObject({ rrule, dueOffsetDays }),
  ])
  .meta({ id: "StrategyCadence" });

const fields = {
  name: text(200),
  goal: optionalText(2000),
  segment: segmentSchema,
  channel: z.enum(CHANNELS),
  followUpKind: z.enum(FOLLOW_UP_KINDS),
  cadence: cadenceSchema,
  /** Becomes each follow-up's notes; `{{customer.name}}` is filled in. */
  template: optionalText(5000),
  active: z.boolean(),
  /** null = company-wide (admins only); a manager's strategies always belong to their team. */
  teamId: uuid.nullable(),
  /** Where everyDays periods are counted from, and an RRULE's start (its time of day too). */
  anchorAt: isoDateTime,
};

export const strategyCreateSchema = z
  .strictObject({
    ...fields,
    segment: fields.segment.default({}),
    active: fields.active.default(true),
    teamId: fields.teamId.optional(),
    anchorAt: fields.anchorAt.optional(),
  })
  .meta({ id: "StrategyCreate" });

export const strategyPatchSchema = z.strictObject(fields).partial().meta({ id: "StrategyPatch" });

export type StrategyCreate = z.infer<typeof strategyCreateSchema>;
export type StrategyPatch = z.infer<typeof strategyPatchSchema>;

export const strategySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    goal: z.string().nullable(),
    segment: segmentSchema,
    channel: z.enum(CHANNELS),
    followUpKind: z.enum(FOLLOW_UP_KINDS),
    cadence: z.object({
      everyDays: z.number().int().optional(),
      rrule: z.string().optional(),
      dueOffsetDays: z.number().int().optional(),
    }),
    template: z.string().nullable(),
    active: z.boolean(),
    teamId: z.uuid().nullable(),
    createdBy: z.uuid().nullable(),
    anchorAt: z.string(),
    lastRunAt: z.string().nullable(),
    nextRunAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Strategy" });

export type StrategyOut = z.infer<typeof strategySchema>;

export const strategyListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
});
export type StrategyListQuery = z.infer<typeof strategyListQuerySchema>;

export const strategyPageSchema = z
  .object({ items: z.array(strategySchema), nextCursor: z.string().nullable() })
  .meta({ id: "StrategyPage" });

export const runResultSchema = z
  .object({
    /** Follow-ups this run added (0 when the period already ran). */
    created: z.number().int(),
    /** Customers the segment matched within the caller's scope. */
    matched: z.number().int(),
    /** The period's key: `${n}d:${index}` for everyDays, the occurrence's ISO date for an RRULE. */
    period: z.string(),
    periodStart: z.string(),
    dueAt: z.string(),
  })
  .meta({ id: "StrategyRunResult" });

export const kpiSchema = z
  .object({
    followUpsCreated: z.number().int(),
    done: z.number().int(),
    doneOnTime: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    /** Distinct customers with at least one of the strategy's follow-ups done. */
    customersReached: z.number().int(),
    customersTargeted: z.number().int(),
  })
  .meta({ id: "StrategyKpis" });
