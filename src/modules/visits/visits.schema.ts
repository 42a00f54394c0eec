import { z } from "zod";
import { FOLLOW_UP_KINDS, URGENCIES } from "../../db/schema/timeline.ts";
import {
  REASON_CODES,
  VERIFICATIONS,
  VISIT_STATUSES,
  VISIT_TYPES,
} from "../../db/schema/visits.ts";
import {
  isoDate,
  isoDateTime,
  latitude,
  longitude,
  optionalText,
  pageLimit,
  text,
  uuid,
} from "../common/fields.ts";
import { noHtml } from "../communications/communications.schema.ts";
import { reasonsSchema } from "./reasons.schema.ts";

const agendaItem = z.strictObject({ needId: uuid.nullable().default(null), text: text(500) });

export const visitCreateSchema = z
  .strictObject({
    customerId: uuid,
    repId: uuid.optional(),
    type: z.enum(VISIT_TYPES).default("on_site"),
    purpose: optionalText(500),
    agenda: z.array(agendaItem).max(30).optional(),
    plannedStart: isoDateTime,
    plannedEnd: isoDateTime,
    locked: z.boolean().default(false),
  })
  .refine((v) => Date.parse(v.plannedStart) < Date.parse(v.plannedEnd), {
    message: "plannedEnd must be after plannedStart.",
    path: ["plannedEnd"],
    params: { rule: "after_start" },
  })
  .meta({ id: "VisitCreate" });

export const visitPatchSchema = z
  .strictObject({
    type: z.enum(VISIT_TYPES),
    purpose: optionalText(500),
    agenda: z.array(agendaItem).max(30),
    plannedStart: isoDateTime,
    plannedEnd: isoDateTime,
    locked: z.boolean(),
  })
  .partial()
  .meta({ id: "VisitPatch" });

const position = {
  lat: latitude.optional(),
  lon: longitude.optional(),
  accuracyM: z.number().min(0).max(100_000).optional(),
};

const paired = (v: { lat?: number; lon?: number }) =>
  (v.lat === undefined) === (v.lon === undefined);
const pairedRule = {
  message: "Send lat and lon together.",
  path: ["lon"],
  params: { rule: "paired" },
};

/**
 * Why a check-in (or check-out) broke a rule: out of radius, or outside the planned time by
 * more than the margin. Asked for only then (422 `check_in_reason_required` names the rules);
 * sent anyway, it is kept.
 */
const reason = {
  reasonCode: z
    .enum(REASON_CODES)
    .optional()
    .describe(
      "Needed when the server answers 422 check_in_reason_required / check_out_reason_required",
    ),
  reasonNote: optionalText(500).describe("Free text; needed with reasonCode `other`"),
};

const reasonRules = <
  S extends z.ZodType<{ reasonCode?: string; reasonNote?: string | null | undefined }>,
>(
  schema: S,
): S =>
  schema
    .refine((v) => !v.reasonNote || v.reasonCode !== undefined, {
      message: "Name a reasonCode with the note (`other` if none fits).",
      path: ["reasonCode"],
      params: { rule: "required_with:reasonNote" },
    })
    .refine((v) => v.reasonCode !== "other" || Boolean(v.reasonNote), {
      message: "Say in a note what the other reason is.",
      path: ["reasonNote"],
      params: { rule: "required_with:other" },
    });

export const checkInSchema = reasonRules(
  z.strictObject({ ...position, ...reason }).refine(paired, pairedRule),
).meta({ id: "VisitCheckIn" });

export const checkOutSchema = reasonRules(
  z
    .strictObject({
      ...position,
      ...reason,
      result: noHtml(5000),
      resultScore: z.number().int().min(1).max(5),
      needs: z
        .array(
          z.strictObject({
            type: z.string().min(1).max(40),
            title: text(200),
            importance: z.number().int().min(1).max(5).default(3),
            urgency: z.enum(URGENCIES).default("normal"),
          }),
        )
        .max(10)
        .default([]),
      followUps: z
        .array(
          z.strictObject({
            kind: z.enum(FOLLOW_UP_KINDS),
            dueAt: isoDateTime,
            notes: optionalText(2000),
          }),
        )
        .max(10)
        .default([]),
    })
    .refine(paired, pairedRule),
).meta({ id: "VisitCheckOut" });

export const cancelSchema = z.strictObject({ reason: text(500) }).meta({ id: "VisitCancel" });

export type VisitCreate = z.infer<typeof visitCreateSchema>;
export type VisitPatch = z.infer<typeof visitPatchSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type CheckOut = z.infer<typeof checkOutSchema>;

const reasonOut = z.object({ code: z.enum(REASON_CODES), note: z.string().nullable() }).nullable();

export const visitSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    repId: z.uuid(),
    type: z.enum(VISIT_TYPES),
    purpose: z.string().nullable(),
    agenda: z.array(z.object({ needId: z.string().nullable(), text: z.string() })),
    plannedStart: z.string(),
    plannedEnd: z.string(),
    status: z.enum(VISIT_STATUSES),
    cancelReason: z.string().nullable(),
    locked: z.boolean(),
    planId: z.uuid().nullable(),
    /** Why the planner chose it, as data; empty for visits booked by hand. */
    reasons: reasonsSchema,
    /** The reasons in the reader's language (profile, else Accept-Language). */
    reasonText: z.string().nullable(),
    checkInAt: z.string().nullable(),
    checkInDistanceM: z.number().nullable(),
    checkInAccuracyM: z.number().nullable(),
    verification: z.enum(VERIFICATIONS).nullable(),
    checkInReason: reasonOut.describe("Why the check-in was off radius or time, when asked"),
    checkOutAt: z.string().nullable(),
    checkOutDistanceM: z.number().nullable(),
    checkOutVerification: z.enum(VERIFICATIONS).nullable(),
    checkOutReason: reasonOut.describe("Why the check-out was out of radius, when asked"),
    dwellMinutes: z.number().nullable(),
    result: z.string().nullable(),
    resultScore: z.number().int().nullable(),
    communicationId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Visit" });

export type VisitOut = z.infer<typeof visitSchema>;

export const visitPageSchema = z.object({
  items: z.array(visitSchema),
  nextCursor: z.string().nullable(),
});

export const visitListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  repId: uuid.optional(),
  customerId: uuid.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  status: z
    .string()
    .transform((s) => s.split(","))
    .pipe(z.array(z.enum(VISIT_STATUSES)).min(1))
    .optional(),
});

export const dueQuerySchema = z.strictObject({
  rep: uuid.optional(),
  date: isoDate.optional(),
  limit: pageLimit,
  all: z.enum(["true", "false"]).default("false"),
});

export const nearbyQuerySchema = z.strictObject({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  until: isoDateTime,
  rep: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const dueEntrySchema = z
  .object({
    customerId: z.uuid(),
    name: z.string(),
    tier: z.string(),
    ownerId: z.uuid().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    score: z.number(),
    due: z.boolean(),
    mandatory: z.boolean(),
    daysSinceLastVisit: z.number().nullable(),
    /** A visit already booked serves the cadence: planning it now would book it twice. */
    booked: z.boolean(),
    reasons: reasonsSchema,
    reasonText: z.string(),
    distanceKm: z.number().optional(),
    travelMinutes: z.number().optional(),
  })
  .meta({ id: "DueCustomer" });

export const dueListSchema = z.object({ items: z.array(dueEntrySchema) });
