import { z } from "zod";
import { isoDate, problemSchema, uuid } from "../common/fields.ts";

/**
 * Hand edits of a draft plan: one operation per request, `op` saying which. A stop is named by
 * its customer (a plan has at most one stop per customer it planned). `repId`, `date` and
 * `position` say where a moved or added stop goes; left out, it stays with its rep and day
 * (move) or goes to its owner (add), at the day and position where it adds the least driving.
 */
const target = {
  /** One of the plan's reps; the visit's rep must be able to see the customer. */
  repId: uuid.optional(),
  /** One of the plan's days. */
  date: isoDate.optional(),
  /** 0 = first stop of the day; at most the number of stops the route has (last). */
  position: z.number().int().min(0).max(200).optional(),
};

export const draftEditSchema = z
  .discriminatedUnion("op", [
    z.strictObject({ op: z.literal("move"), customerId: uuid, ...target }),
    z.strictObject({ op: z.literal("drop"), customerId: uuid }),
    z.strictObject({ op: z.literal("add"), customerId: uuid, ...target }),
    z.strictObject({ op: z.literal("lock"), customerId: uuid }),
    z.strictObject({ op: z.literal("unlock"), customerId: uuid }),
  ])
  .meta({ id: "VisitPlanEdit" });

export type DraftEditInput = z.infer<typeof draftEditSchema>;

/**
 * A refused edit. With `code: "min_interval"` (409) it carries `conflict`: the other visit of
 * the customer the edit would come too close to, as data (`detail` says it in the reader's
 * language).
 */
export const draftEditProblemSchema = problemSchema
  .extend({
    conflict: z
      .object({
        date: isoDate.describe("The other visit's day, in the rep's zone"),
        days: z.number().int().describe("Calendar days between the two visits (0: same day)"),
        minDays: z.number().int().describe("The customer's minimum interval"),
        kind: z
          .enum(["visited", "booked", "in_plan"])
          .describe("The last completed visit, a booking, or another stop of this draft"),
        agreed: z.boolean(),
        by: z
          .object({ name: z.string().nullable(), viaPlan: z.boolean() })
          .nullable()
          .describe("Whose booking: a plan's author (viaPlan) or the rep it was booked with"),
        everyDay: z
          .boolean()
          .optional()
          .describe("An add without a date: every day of the plan is too close"),
      })
      .optional(),
  })
  .meta({ id: "VisitPlanEditProblem" });

export const reoptimiseSchema = z
  .strictObject({
    /** The planner's time budget; default the plan's own, at most 3 s. */
    timeLimitSeconds: z.number().min(0.5).max(30).optional(),
  })
  .meta({ id: "VisitPlanReoptimise" });

export type ReoptimiseInput = z.infer<typeof reoptimiseSchema>;

const stopViolation = z.enum([
  "outside_window",
  "after_hours",
  "misses_fixed_time",
  "not_working_day",
]);

/**
 * What editing adds to a draft's stops, routes, totals and result — all optional, since plans
 * made by the planner alone carry none of it. Spread into planResultSchema.
 */
export const draftStopFields = {
  /** Kept on its rep, day and time by re-optimisation. */
  locked: z.boolean().optional(),
  /** Put in the plan by hand. */
  added: z.boolean().optional(),
  /** Why the stop cannot be kept as timed (empty: fine); known after an edit. */
  violations: z.array(stopViolation).optional(),
};
export const draftRouteFields = {
  violations: z.array(z.enum(["back_after_hours", "not_working_day"])).optional(),
};
export const draftTotalsFields = {
  /** Stops with at least one violation. */
  infeasibleStops: z.number().int().optional(),
};
export const draftResultFields = {
  /** What publishing did; a second publish answers the same. */
  publication: z.object({ created: z.number().int(), replaced: z.number().int() }).optional(),
};

/**
 * A refused publish. With `code: "min_interval"` (409) a stop of the draft would come too close
 * to a visit of its customer booked since the draft was made: `customerId` and `date` name the
 * stop, `conflict` the other visit.
 */
export const publishProblemSchema = draftEditProblemSchema
  .extend({
    customerId: z.uuid().optional().describe("The stop's customer"),
    date: isoDate.optional().describe("The stop's day"),
  })
  .meta({ id: "VisitPlanPublishProblem" });
