import { z } from "zod";
import { email, text } from "../common/fields.ts";
import { password, userSchema } from "../users/users.schema.ts";

export const loginSchema = z
  .strictObject({ email, password: z.string().min(1).max(256) })
  .meta({ id: "Login" });

export const sessionSchema = z
  .object({
    user: userSchema,
    via: z.enum(["session", "token"]),
    csrfToken: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: "Session" });

export const passwordChangeSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password })
  .meta({ id: "PasswordChange" });

export const apiTokenCreateSchema = z
  .strictObject({ name: text(100), expiresInDays: z.number().int().min(1).max(3650).optional() })
  .meta({ id: "ApiTokenCreate" });

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });

export const apiTokenCreatedSchema = apiTokenSchema
  .extend({ token: z.string().describe("Shown once; store it now.") })
  .meta({ id: "ApiTokenCreated" });
