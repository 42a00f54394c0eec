import { z } from "zod";
import { CHANNELS, FOLLOW_UP_KINDS } from "../../db/schema/timeline.ts";
import { touchTextIssue } from "../../domain/channels.ts";
import { csvOf, isoDateTime, optionalText, pageLimit, uuid } from "../common/fields.ts";
import { followUpSchema } from "../follow-ups/follow-ups.schema.ts";

/** Markdown or plain text; raw HTML tags are refused so nothing can render as markup. */
export const noHtml = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/<\/?[a-z!][^>]*>/i.test(v), {
      message: "Raw HTML is not allowed; use Markdown.",
      params: { rule: "no_html" },
    });

export const followUpInline = z.strictObject({
  kind: z.enum(FOLLOW_UP_KINDS),
  dueAt: isoDateTime,
  assigneeId: uuid.optional(),
  notes: optionalText(2000),
});

const fields = {
  channel: z.enum(CHANNELS),
  direction: z.enum(["in", "out"]),
  occurredAt: isoDateTime,
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  subject: optionalText(200),
  content: noHtml(20_000).nullable(),
  outcome: noHtml(2000).nullable(),
  nextStep: noHtml(2000).nullable(),
  contactId: uuid.nullable(),
  needId: uuid.nullable(),
  visitId: uuid.nullable(),
};

export const communicationCreateSchema = z
  .strictObject({
    ...fields,
    direction: fields.direction.default("out"),
    occurredAt: fields.occurredAt.optional(),
    durationMin: fields.durationMin.optional(),
    content: fields.content.optional(),
    outcome: fields.outcome.optional(),
    nextStep: fields.nextStep.optional(),
    contactId: fields.contactId.optional(),
    needId: fields.needId.optional(),
    visitId: fields.visitId.optional(),
    /** With a need: did this touch raise it or serve it? */
    needRelation: z.enum(["raised", "served"]).default("served"),
    /** Creates the follow-up for the next step in the same transaction. */
    followUp: followUpInline.optional(),
  })
  .superRefine((c, ctx) => {
    const issue = touchTextIssue(c);
    if (issue) {
      ctx.addIssue({
        code: "custom",
        path: [issue.field],
        message: issue.message,
        params: { rule: issue.rule },
      });
    }
  })
  .meta({
    id: "CommunicationCreate",
    description:
      "Subject, content or outcome: at least one. Only an e-mail needs a subject; a call or a WeChat message may have none.",
  });

/** The text rule is checked on the record as it would be after the patch (service). */
export const communicationPatchSchema = z
  .strictObject(fields)
  .omit({ needId: true, visitId: true })
  .partial()
  .meta({
    id: "CommunicationPatch",
    description: "The author may edit; so may a manager of the author's team, and an admin.",
  });

export type CommunicationCreate = z.infer<typeof communicationCreateSchema>;
export type CommunicationPatch = z.infer<typeof communicationPatchSchema>;

export const communicationSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    authorId: z.uuid().nullable(),
    channel: z.enum(CHANNELS),
    direction: z.enum(["in", "out"]),
    occurredAt: z.string(),
    durationMin: z.number().int().nullable(),
    subject: z.string().nullable(),
    content: z.string().nullable(),
    outcome: z.string().nullable(),
    nextStep: z.string().nullable(),
    contactId: z.uuid().nullable(),
    needId: z.uuid().nullable(),
    visitId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Communication" });

export type CommunicationOut = z.infer<typeof communicationSchema>;

/** A logged communication, with the follow-up created with it when one was asked for. */
export const communicationCreatedSchema = communicationSchema
  .extend({ followUp: followUpSchema.nullable() })
  .meta({ id: "CommunicationCreated" });

export const communicationPageSchema = z.object({
  items: z.array(communicationSchema),
  nextCursor: z.string().nullable(),
});

export const communicationListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  customerId: uuid.optional(),
  channel: csvOf(CHANNELS).optional(),
  authorId: uuid.optional(),
  needId: uuid.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

export type CommunicationListQuery = z.infer<typeof communicationListQuerySchema>;
