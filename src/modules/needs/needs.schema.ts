import { z } from "zod";
import { NEED_STATUSES, URGENCIES } from "../../db/schema/timeline.ts";
import { csvOf, isoDateTime, optionalText, pageLimit, text, uuid } from "../common/fields.ts";
import { noHtml } from "../communications/communications.schema.ts";

const typeKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: "Lower-case letters, digits and _." });

export const needCreateSchema = z
  .strictObject({
    type: typeKey,
    title: text(200),
    detail: noHtml(10_000).nullable().optional(),
    importance: z.number().int().min(1).max(5).default(3),
    urgency: z.enum(URGENCIES).default("normal"),
    ownerId: uuid.optional(),
    dueAt: isoDateTime.optional(),
    sourceCommunicationId: uuid.optional(),
  })
  .meta({ id: "NeedCreate" });

export const needPatchSchema = z
  .strictObject({
    type: typeKey,
    title: text(200),
    detail: noHtml(10_000).nullable(),
    importance: z.number().int().min(1).max(5),
    urgency: z.enum(URGENCIES),
    ownerId: uuid,
    dueAt: isoDateTime,
  })
  .partial()
  .meta({ id: "NeedPatch" });

export const needTransitionSchema = z
  .strictObject({ to: z.enum(NEED_STATUSES), note: optionalText(2000) })
  .meta({ id: "NeedTransition" });

export const needLinkSchema = z
  .strictObject({ communicationId: uuid, relation: z.enum(["raised", "served"]).default("served") })
  .meta({ id: "NeedLink" });

export type NeedCreate = z.infer<typeof needCreateSchema>;
export type NeedPatch = z.infer<typeof needPatchSchema>;

export const needSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    type: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    importance: z.number().int(),
    urgency: z.enum(URGENCIES),
    status: z.enum(NEED_STATUSES),
    ownerId: z.uuid().nullable(),
    sourceCommunicationId: z.uuid().nullable(),
    dueAt: z.string(),
    overdue: z.boolean(),
    resolutionNote: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Need" });

export const needDetailSchema = needSchema
  .extend({
    history: z.array(
      z.object({
        from: z.string().nullable(),
        to: z.string(),
        note: z.string().nullable(),
        actorId: z.string().nullable(),
        at: z.string(),
      }),
    ),
    links: z.array(
      z.object({
        communicationId: z.uuid(),
        relation: z.enum(["raised", "served"]),
        occurredAt: z.string(),
        channel: z.string(),
        subject: z.string().nullable(),
      }),
    ),
    visits: z.array(z.object({ visitId: z.uuid(), plannedStart: z.string(), status: z.string() })),
    allowedTransitions: z.array(z.enum(NEED_STATUSES)),
  })
  .meta({ id: "NeedDetail" });

export type NeedOut = z.infer<typeof needSchema>;
export type NeedDetailOut = z.infer<typeof needDetailSchema>;
export type NeedListItemOut = z.infer<typeof needListItemSchema>;

/** A list row also names its customer and owner, so boards and lists need no extra lookups. */
export const needListItemSchema = needSchema
  .extend({ customerName: z.string().nullable(), ownerName: z.string().nullable() })
  .meta({ id: "NeedListItem" });

export const needListPageSchema = z.object({
  items: z.array(needListItemSchema),
  nextCursor: z.string().nullable(),
});

export const needListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  customerId: uuid.optional(),
  status: csvOf(NEED_STATUSES).optional(),
  type: z
    .string()
    .transform((s) => s.split(","))
    .pipe(z.array(typeKey).min(1))
    .optional(),
  ownerId: uuid.optional(),
  overdue: z.enum(["true"]).optional(),
  sort: z.enum(["dueAt", "-createdAt"]).default("dueAt"),
});

export type NeedListQuery = z.infer<typeof needListQuerySchema>;

export const needTypeSchema = z
  .object({
    key: z.string(),
    labelEn: z.string(),
    labelZh: z.string(),
    slaDays: z.array(z.number().int()),
    active: z.boolean(),
  })
  .meta({ id: "NeedType" });

export const needTypeListSchema = z.object({ items: z.array(needTypeSchema) });

export const needTypePutSchema = z
  .strictObject({
    labelEn: text(100),
    labelZh: text(100),
    slaDays: z.array(z.number().int().min(0).max(3650)).length(5),
    active: z.boolean().default(true),
  })
  .meta({ id: "NeedTypePut" });

export const needTypeParams = z.strictObject({ key: typeKey });

export const customerSummarySchema = z
  .object({ openNeeds: z.number(), overdueNeeds: z.number() })
  .meta({ id: "CustomerNeedSummary" });
