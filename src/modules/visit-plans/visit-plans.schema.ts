import { z } from "zod";
import { isoDate, uuid } from "../common/fields.ts";
import { reasonsSchema } from "../visits/reasons.schema.ts";
import {
  draftResultFields,
  draftRouteFields,
  draftStopFields,
  draftTotalsFields,
} from "./draft-edit.schema.ts";

export const planCreateSchema = z
  .strictObject({
    repIds: z.array(uuid).min(1).max(200).optional(),
    teamId: uuid.optional(),
    startDate: isoDate,
    days: z.number().int().min(1).max(14).default(5),
    options: z
      .strictObject({
        timeLimitSeconds: z.number().min(0.5).max(300).default(5),
        maxVisitsPerDay: z.number().int().min(1).max(40).optional(),
        /** Also consider customers that are not due yet (as optional visits). */
        includeNotDue: z.boolean().default(false),
        metersPerPoint: z.number().min(0).max(100_000).default(400),
      })
      .default({ timeLimitSeconds: 5, includeNotDue: false, metersPerPoint: 400 }),
  })
  .refine((p) => !(p.repIds && p.teamId), {
    message: "Name reps or a team, not both.",
    path: ["teamId"],
    params: { rule: "exclusive" },
  })
  .meta({ id: "VisitPlanCreate" });

export type PlanCreate = z.infer<typeof planCreateSchema>;

export const planResultSchema = z.object({
  routes: z.array(
    z.object({
      repId: z.uuid(),
      date: z.string(),
      stops: z.array(
        z.object({
          customerId: z.uuid(),
          name: z.string(),
          visitId: z.uuid().nullable(),
          fixed: z.boolean(),
          arrival: z.string(),
          start: z.string(),
          end: z.string(),
          travelKm: z.number(),
          travelMin: z.number(),
          /** Why the stop is in the plan, as data (empty for fixed visits). */
          reasons: reasonsSchema,
          /** The same in the reader's language. */
          reasonText: z.string().nullable(),
          /** Where the stop is, for the map; missing on plans computed before it was stored. */
          lat: z.number().optional(),
          lon: z.number().optional(),
          ...draftStopFields,
        }),
      ),
      km: z.number(),
      travelMin: z.number(),
      visitMin: z.number(),
      leave: z.string(),
      back: z.string(),
      ...draftRouteFields,
    }),
  ),
  unplanned: z.array(
    z.object({
      customerId: z.uuid(),
      name: z.string(),
      /** A code: the engine's (`no_feasible_window`, …) or `min_interval`, `no_coordinates`. */
      reason: z.string(),
      reasons: reasonsSchema,
      reasonText: z.string(),
    }),
  ),
  /** The planned reps' names and home bases (route start and end), for the map and calendar. */
  reps: z
    .array(z.object({ id: z.uuid(), name: z.string(), lat: z.number(), lon: z.number() }))
    .optional(),
  totals: z.object({
    visits: z.number(),
    km: z.number(),
    travelMin: z.number(),
    visitMin: z.number(),
    valueCoveredCents: z.number(),
    mandatoryMissed: z.number(),
    ...draftTotalsFields,
  }),
  ...draftResultFields,
});

export const planSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(["queued", "running", "draft", "published", "failed"]),
    progress: z.number().int(),
    startDate: z.string(),
    days: z.number().int(),
    repIds: z.array(z.uuid()),
    result: planResultSchema.nullable(),
    error: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "VisitPlan" });

export type PlanOut = z.input<typeof planSchema>;

export const planPublishedSchema = z.object({
  plan: planSchema,
  created: z.number(),
  replaced: z.number(),
});
