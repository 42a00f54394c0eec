import { z } from "zod";

const bookedBy = z.object({ name: z.string().nullable(), viaPlan: z.boolean() });

/** A reason as data (src/domain/visits/reasons.ts); `reasonText` beside it is the words. */
export const reasonSchema = z
  .discriminatedUnion("code", [
    z.object({ code: z.literal("tier"), tier: z.string() }),
    z.object({ code: z.literal("never_visited") }),
    z.object({ code: z.literal("days_since"), days: z.number(), max: z.number() }),
    z.object({ code: z.literal("not_yet_due"), days: z.number(), min: z.number() }),
    z.object({ code: z.literal("open_needs"), count: z.number(), overdue: z.number() }),
    z.object({ code: z.literal("low_satisfaction"), score: z.number() }),
    z.object({ code: z.literal("high_value") }),
    z.object({
      code: z.literal("booked"),
      date: z.string(),
      agreed: z.boolean(),
      by: bookedBy,
    }),
    z.object({
      code: z.literal("booked_before"),
      date: z.string(),
      days: z.number(),
      by: bookedBy,
    }),
    z.object({ code: z.literal("unplanned"), why: z.string() }),
  ])
  .meta({ id: "VisitReason" });

export const reasonsSchema = z.array(reasonSchema);
