import { z } from "zod";
import {
  REASON_CODES,
  VERIFICATIONS,
  VISIT_STATUSES,
  VISIT_TYPES,
} from "../../db/schema/visits.ts";
import { EXCEPTION_KINDS } from "../../domain/visits/proof.ts";
import { pageOf } from "../../http/route-kit.ts";
import { csvOf, isoDateTime, pageLimit, uuid } from "../common/fields.ts";

const filters = {
  repId: uuid
    .optional()
    .describe("One rep (yourself, a member of your team, or anyone for admins)"),
  teamId: uuid.optional().describe("The reps of one team"),
  kind: csvOf(EXCEPTION_KINDS)
    .optional()
    .describe(
      "Only these kinds, comma-separated: out_of_radius,unverified,early,late,missed,short",
    ),
  from: isoDateTime
    .optional()
    .describe("Visits planned to start at or after; default `to` − 30 days"),
  to: isoDateTime.optional().describe("…and before; default now"),
};

const exclusive = <T extends { repId?: string; teamId?: string; from?: string; to?: string }>(
  schema: z.ZodType<T>,
) =>
  schema
    .refine((q) => !(q.repId && q.teamId), {
      message: "Ask for a rep or a team, not both.",
      path: ["teamId"],
      params: { rule: "exclusive" },
    })
    .refine((q) => !(q.from && q.to) || Date.parse(q.from) < Date.parse(q.to), {
      message: "`from` must be before `to`.",
      path: ["to"],
      params: { rule: "from_before_to" },
    });

export const exceptionQuerySchema = exclusive(
  z.strictObject({ ...filters, limit: pageLimit, cursor: z.string().max(500).optional() }),
);
export const exceptionCountQuerySchema = exclusive(z.strictObject(filters));

export type ExceptionQuery = z.infer<typeof exceptionQuerySchema>;
export type ExceptionFilters = z.infer<typeof exceptionCountQuerySchema>;

const reason = z.object({ code: z.enum(REASON_CODES), note: z.string().nullable() }).nullable();

export const visitExceptionSchema = z
  .object({
    visitId: z.uuid(),
    customerId: z.uuid(),
    customerName: z.string(),
    repId: z.uuid(),
    repName: z.string(),
    type: z.enum(VISIT_TYPES),
    status: z.enum(VISIT_STATUSES),
    plannedStart: z.string(),
    plannedEnd: z.string(),
    kinds: z.array(z.enum(EXCEPTION_KINDS)).describe("Why it is listed, in a fixed order"),
    checkInAt: z.string().nullable(),
    verification: z.enum(VERIFICATIONS).nullable(),
    checkInDistanceM: z.number().nullable(),
    checkInReason: reason,
    earlyMinutes: z.number().int().nullable().describe("Minutes before the planned start"),
    lateMinutes: z.number().int().nullable().describe("Minutes after the planned end"),
    checkOutAt: z.string().nullable(),
    checkOutVerification: z.enum(VERIFICATIONS).nullable(),
    checkOutDistanceM: z.number().nullable(),
    checkOutReason: reason,
    dwellMinutes: z.number().int().nullable(),
    photoCount: z.number().int(),
  })
  .meta({ id: "VisitException" });

export type VisitExceptionOut = z.infer<typeof visitExceptionSchema>;

export const visitExceptionPageSchema = pageOf(visitExceptionSchema, "VisitExceptionPage");

const kindCounts = z
  .object(
    Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, z.number().int()])) as {
      [K in (typeof EXCEPTION_KINDS)[number]]: z.ZodNumber;
    },
  )
  .meta({ id: "ExceptionKindCounts" });

export const exceptionCountsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    reps: z.array(
      z.object({
        repId: z.uuid(),
        name: z.string(),
        teamId: z.uuid().nullable(),
        visits: z.number().int().describe("Visits with at least one exception"),
        counts: kindCounts,
      }),
    ),
    total: z.object({ visits: z.number().int(), counts: kindCounts }),
  })
  .meta({ id: "VisitExceptionCounts" });

export type ExceptionCountsOut = z.infer<typeof exceptionCountsSchema>;
