import { z } from "zod";
import { MAP_APPS } from "../../db/schema/users.ts";
import { ROLES } from "../access/actor.ts";
import {
  email,
  latitude,
  longitude,
  optionalText,
  text,
  uuid,
  weekWindows,
} from "../common/fields.ts";

export const LOCALES = ["en", "zh-CN"] as const;

const timeZone = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: "Use an IANA time zone such as Asia/Shanghai.", params: { rule: "time_zone" } },
  );

/**
 * Passwords: at least 10 characters, at most 256 — refused above that rather than cut,
 * so what the user typed is exactly what is checked.
 */
export const password = z
  .string()
  .min(10, { message: "At least 10 characters." })
  .max(256, { message: "At most 256 characters." });

const profileFields = {
  name: text(200),
  locale: z.enum(LOCALES),
  timeZone,
  homeAddress: optionalText(500),
  homeLat: latitude.nullable(),
  homeLon: longitude.nullable(),
  workingHours: weekWindows.nullable(),
  mapApp: z
    .enum(MAP_APPS)
    .nullable()
    .describe("The app navigate links open; null: AMap for zh-CN, else Apple or Google by device"),
};

export const userCreateSchema = z
  .strictObject({
    email,
    ...profileFields,
    role: z.enum(ROLES),
    teamId: uuid.nullable().default(null),
    locale: profileFields.locale.default("en"),
    timeZone: profileFields.timeZone.default("UTC"),
    homeAddress: profileFields.homeAddress,
    homeLat: profileFields.homeLat.optional(),
    homeLon: profileFields.homeLon.optional(),
    workingHours: profileFields.workingHours.optional(),
    mapApp: profileFields.mapApp.optional(),
    password: password.optional(),
  })
  .meta({ id: "UserCreate" });

export const userPatchSchema = z
  .strictObject({
    ...profileFields,
    email,
    role: z.enum(ROLES),
    teamId: uuid.nullable(),
    active: z.boolean(),
    password,
  })
  .partial()
  .meta({ id: "UserPatch" });

export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserPatch = z.infer<typeof userPatchSchema>;

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    teamId: z.uuid().nullable(),
    locale: z.enum(LOCALES),
    timeZone: z.string(),
    homeAddress: z.string().nullable(),
    homeLat: z.number().nullable(),
    homeLon: z.number().nullable(),
    workingHours: weekWindows.nullable(),
    mapApp: z.enum(MAP_APPS).nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "User" });

export type UserOut = z.infer<typeof userSchema>;

export const teamSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    managerId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Team" });

export const teamCreateSchema = z
  .strictObject({ name: text(200), managerId: uuid.nullable().default(null) })
  .meta({ id: "TeamCreate" });
export const teamPatchSchema = z
  .strictObject({ name: text(200), managerId: uuid.nullable() })
  .partial()
  .meta({ id: "TeamPatch" });
