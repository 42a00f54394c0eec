import { z } from "zod";
import {
  csvOf,
  email,
  isoDateTime,
  latitude,
  longitude,
  optionalText,
  pageLimit,
  phone,
  text,
  uuid,
  weekWindows,
} from "../common/fields.ts";

export const CUSTOMER_KINDS = ["company", "person"] as const;
export const CUSTOMER_STATUSES = ["lead", "active", "dormant", "lost"] as const;
export const CUSTOMER_TIERS = ["A", "B", "C"] as const;
export const CUSTOMER_SORTS = [
  "name",
  "-name",
  "createdAt",
  "-createdAt",
  "updatedAt",
  "-updatedAt",
] as const;

const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[^,]+$/, { message: "A tag cannot contain a comma." });
const tags = z
  .array(tag)
  .max(30)
  .refine((t) => new Set(t).size === t.length, {
    message: "Tags must be unique.",
    params: { rule: "unique" },
  });

const days = z.number().int().min(1).max(730);

const customerFields = {
  kind: z.enum(CUSTOMER_KINDS),
  name: text(200),
  tier: z.enum(CUSTOMER_TIERS),
  status: z.enum(CUSTOMER_STATUSES),
  ownerId: uuid.nullable(),
  industry: optionalText(100),
  source: optionalText(100),
  tags,
  address: optionalText(500),
  city: optionalText(100),
  latitude: latitude.nullable(),
  longitude: longitude.nullable(),
  phone: phone.nullable(),
  email: email.nullable(),
  visitWindows: weekWindows.nullable(),
  visitDurationMin: z.number().int().min(5).max(600).nullable(),
  visitMinDays: days.nullable(),
  visitMaxDays: days.nullable(),
  notes: optionalText(10_000),
  valueCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
};

type Paired = {
  latitude?: number | null;
  longitude?: number | null;
  visitMinDays?: number | null;
  visitMaxDays?: number | null;
};

/** Cross-field rules that hold for a create, and for a patch when both fields are sent. */
function crossChecks<T extends z.ZodType<Paired>>(schema: T) {
  return schema
    .refine((c) => (c.latitude === undefined) === (c.longitude === undefined), {
      message: "Send latitude and longitude together.",
      path: ["longitude"],
      params: { rule: "paired" },
    })
    .refine((c) => (c.latitude == null) === (c.longitude == null), {
      message: "Latitude and longitude are both set or both empty.",
      path: ["longitude"],
      params: { rule: "paired" },
    })
    .refine(
      (c) => c.visitMinDays == null || c.visitMaxDays == null || c.visitMinDays <= c.visitMaxDays,
      {
        message: "visitMinDays cannot exceed visitMaxDays.",
        path: ["visitMinDays"],
        params: { rule: "min_lte_max" },
      },
    );
}

export const customerCreateSchema = crossChecks(
  z.strictObject({
    ...customerFields,
    kind: customerFields.kind.default("company"),
    tier: customerFields.tier.default("C"),
    status: customerFields.status.default("lead"),
    ownerId: customerFields.ownerId.optional(),
    tags: tags.default([]),
    latitude: customerFields.latitude.optional(),
    longitude: customerFields.longitude.optional(),
    phone: customerFields.phone.optional(),
    email: customerFields.email.optional(),
    visitWindows: customerFields.visitWindows.optional(),
    visitDurationMin: customerFields.visitDurationMin.optional(),
    visitMinDays: customerFields.visitMinDays.optional(),
    visitMaxDays: customerFields.visitMaxDays.optional(),
    valueCents: customerFields.valueCents.optional(),
  }),
).meta({ id: "CustomerCreate" });

export const customerPatchSchema = crossChecks(z.strictObject(customerFields).partial()).meta({
  id: "CustomerPatch",
});

export type CustomerCreate = z.infer<typeof customerCreateSchema>;
export type CustomerPatch = z.infer<typeof customerPatchSchema>;

export const customerSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string(),
    tier: z.string(),
    status: z.enum(CUSTOMER_STATUSES),
    ownerId: z.uuid().nullable(),
    industry: z.string().nullable(),
    source: z.string().nullable(),
    tags: z.array(z.string()),
    address: z.string().nullable(),
    city: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    visitWindows: weekWindows.nullable(),
    visitDurationMin: z.number().int().nullable(),
    visitMinDays: z.number().int().nullable(),
    visitMaxDays: z.number().int().nullable(),
    notes: z.string().nullable(),
    valueCents: z.number().int().nullable(),
    lastVisitedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Customer" });

export type CustomerOut = z.infer<typeof customerSchema>;

export const customerListQuerySchema = z.strictObject({
  limit: pageLimit,
  // A name-order cursor carries a sort key (pinyin, tones and the name): up to ~2,400 characters.
  cursor: z.string().max(4000).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  status: csvOf(CUSTOMER_STATUSES).optional(),
  tier: csvOf(CUSTOMER_TIERS).optional(),
  ownerId: uuid.optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  city: z.string().trim().min(1).max(100).optional(),
  updatedSince: isoDateTime.optional(),
  sort: z.enum(CUSTOMER_SORTS).default("name"),
  deleted: z.enum(["true", "false"]).default("false"),
});

export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const customerPageSchema = z
  .object({ items: z.array(customerSchema), nextCursor: z.string().nullable() })
  .meta({ id: "CustomerPage" });
