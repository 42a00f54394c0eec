import { z } from "zod";
import { email, optionalText, pageLimit, phone, text } from "../common/fields.ts";

/** WeChat ids: 6–20 characters, a letter first, then letters, digits, - or _. */
const wechatId = z
  .string()
  .trim()
  .regex(/^[A-Za-z][-_A-Za-z0-9]{5,19}$/, {
    message: "A WeChat id has 6–20 letters, digits, - or _, starting with a letter.",
  });

const contactFields = {
  name: text(200),
  title: optionalText(100),
  phone: phone.nullable(),
  email: email.nullable(),
  wechatId: wechatId.nullable(),
  isPrimary: z.boolean(),
  notes: optionalText(10_000),
};

export const contactCreateSchema = z
  .strictObject({
    ...contactFields,
    phone: contactFields.phone.optional(),
    email: contactFields.email.optional(),
    wechatId: contactFields.wechatId.optional(),
    isPrimary: contactFields.isPrimary.default(false),
  })
  .meta({ id: "ContactCreate" });

export const contactPatchSchema = z
  .strictObject(contactFields)
  .partial()
  .meta({ id: "ContactPatch" });

export type ContactCreate = z.infer<typeof contactCreateSchema>;
export type ContactPatch = z.infer<typeof contactPatchSchema>;

export const contactSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    wechatId: z.string().nullable(),
    isPrimary: z.boolean(),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Contact" });

export type ContactOut = z.infer<typeof contactSchema>;

export const contactListQuerySchema = z.strictObject({
  limit: pageLimit,
  cursor: z.string().max(500).optional(),
  deleted: z.enum(["true", "false"]).default("false"),
});

export const contactPageSchema = z
  .object({ items: z.array(contactSchema), nextCursor: z.string().nullable() })
  .meta({ id: "ContactPage" });
