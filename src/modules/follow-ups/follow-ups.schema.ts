import { z } from "zod";
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from "../../db/schema/timeline.ts";
import { csvOf, isoDate, isoDateTime, optionalText, pageLimit, uuid } from "../common/fields.ts";

export const followUpCreateSchema = z
  .strictObject({
    kind: z.enum(FOLLOW_UP_KINDS),
    dueAt: isoDateTime,
    assigneeId: uuid.optional(),
    needId: uuid.nullable().optional(),
    notes: optionalText(2000),
  })
  .meta({ id: "FollowUpCreate" });

export const followUpPatchSchema = z
  .strictObject({
    kind: z.enum(FOLLOW_UP_KINDS),
    dueAt: isoDateTime,
    assigneeId: uuid,
    notes: optionalText(2000),
  })
  .partial()
  .meta({ id: "FollowUpPatch", description: "Reschedules or reassigns an open follow-up." });

export const followUpCompleteSchema = z
  .strictObject({ result: optionalText(2000) })
  .meta({ id: "FollowUpComplete" });

export type FollowUpCreate = z.infer<typeof followUpCreateSchema>;
export type FollowUpPatch = z.infer<typeof followUpPatchSchema>;

export const followUpSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    needId: z.uuid().nullable(),
    assigneeId: z.uuid(),
    kind: z.enum(FOLLOW_UP_KINDS),
    dueAt: z.string(),
    notes: z.string().nullable(),
    status: z.enum(FOLLOW_UP_STATUSES),
    result: z.string().nullable(),
    completedAt: z.string().nullable(),
    overdue: z.boolean(),
    strategyId: z.uuid().nullable(),
    sourceCommunicationId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "FollowUp" });

export type FollowUpOut = z.infer<typeof followUpSchema>;

export const followUpPageSchema = z.object({
  items: z.array(followUpSchema),
  nextCursor: z.string().nullable(),
});

export const followUpListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  assigneeId: uuid.optional(),
  customerId: uuid.optional(),
  needId: uuid.optional(),
  status: csvOf(FOLLOW_UP_STATUSES).optional(),
  dueFrom: isoDateTime.optional(),
  dueBefore: isoDateTime.optional(),
});

export type FollowUpListQuery = z.infer<typeof followUpListQuerySchema>;

export const dayQuerySchema = z.strictObject({ date: isoDate.optional() });
export const teamDayQuerySchema = z.strictObject({
  date: isoDate.optional(),
  teamId: uuid.optional(),
});

export const myDaySchema = z
  .object({
    date: z.string(),
    timeZone: z.string(),
    counts: z.object({ overdue: z.number(), today: z.number(), upcoming: z.number() }),
    overdue: z.array(followUpSchema),
    today: z.array(followUpSchema),
    upcoming: z.array(followUpSchema),
  })
  .meta({ id: "MyDay" });

export type MyDayOut = z.infer<typeof myDaySchema>;

export const teamDaySchema = z
  .object({
    date: z.string(),
    members: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        role: z.string(),
        overdue: z.number(),
        today: z.number(),
        upcoming: z.number(),
        doneToday: z.number(),
      }),
    ),
  })
  .meta({ id: "TeamDay" });
