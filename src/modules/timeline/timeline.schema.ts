import { z } from "zod";
import { pageLimit } from "../common/fields.ts";
import { communicationSchema } from "../communications/communications.schema.ts";
import { followUpSchema } from "../follow-ups/follow-ups.schema.ts";
import { visitSchema } from "../visits/visits.schema.ts";
import { ENTRY_TYPES } from "./timeline.repository.ts";

export const timelineQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  types: z
    .string()
    .transform((s) => s.split(","))
    .pipe(z.array(z.enum(ENTRY_TYPES)).min(1))
    .optional(),
});

export const timelineEntrySchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("communication"),
      at: z.string(),
      communication: communicationSchema,
    }),
    z.object({
      type: z.literal("need_status"),
      at: z.string(),
      needStatus: z.object({
        needId: z.uuid(),
        title: z.string(),
        needType: z.string(),
        from: z.string().nullable(),
        to: z.string(),
        note: z.string().nullable(),
        actorId: z.string().nullable(),
      }),
    }),
    z.object({ type: z.literal("follow_up"), at: z.string(), followUp: followUpSchema }),
    z.object({ type: z.literal("follow_up_done"), at: z.string(), followUp: followUpSchema }),
    z.object({ type: z.literal("visit"), at: z.string(), visit: visitSchema }),
  ])
  .meta({ id: "TimelineEntry" });

export const timelinePageSchema = z.object({
  items: z.array(timelineEntrySchema),
  nextCursor: z.string().nullable(),
});
