import { z } from "zod";

/**
 * Field rules shared by every module's request schemas. One zod schema is at once the
 * TypeScript type, the validator and the OpenAPI schema, so rules live here once.
 */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => text(max).nullable().optional();

export const email = z.email().max(254).toLowerCase();

/** Digits with optional +, spaces, dashes, dots and brackets; 5–20 digits in all. */
export const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ()\-.]+$/, { message: "Use digits, spaces, + ( ) - ." })
  .refine(
    (v) => {
      const digits = v.replace(/\D/g, "").length;
      return digits >= 5 && digits <= 20;
    },
    { message: "A phone number has 5 to 20 digits.", params: { rule: "phone_digits" } },
  );

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);

/** Strict ISO 8601 with an offset: 2024-02-31T00:00:00Z is refused, not rolled over. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

export const uuid = z.uuid();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Use HH:MM, 00:00–23:59." });

export const timeWindow = z.strictObject({ from: hhmm, to: hhmm }).refine((w) => w.from < w.to, {
  message: "`from` must be before `to`.",
  params: { rule: "from_before_to" },
});

const dayWindows = z.array(timeWindow).max(4);

/** Opening hours per weekday, e.g. { mon: [{ from: "09:00", to: "12:00" }] }. */
export const weekWindows = z.strictObject({
  mon: dayWindows.optional(),
  tue: dayWindows.optional(),
  wed: dayWindows.optional(),
  thu: dayWindows.optional(),
  fri: dayWindows.optional(),
  sat: dayWindows.optional(),
  sun: dayWindows.optional(),
});

export const idParams = z.strictObject({ id: uuid });

export const pageLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(200, { message: "At most 200 items a page." })
  .default(50);

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    field: z.string().optional(),
    rule: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          rule: z.string(),
          message: z.string(),
          params: z
            .record(z.string(), z.number())
            .optional()
            .describe("The numbers the rule was judged by, e.g. { distanceM, radiusM }"),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem" });

/** A comma-separated query parameter whose every item is one of `values`: `status=lead,active`. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()))
    .pipe(z.array(z.enum(values)).min(1));
