import { z } from "zod";

export const feedFileParams = z.strictObject({ file: z.string().max(300) });

export const feedStatusSchema = z
  .object({
    exists: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .meta({ id: "CalendarFeedStatus" });

export const feedCreatedSchema = z
  .object({
    url: z.string(),
    /** The same feed for clients that subscribe through the webcal: scheme. */
    webcalUrl: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "CalendarFeedCreated" });
