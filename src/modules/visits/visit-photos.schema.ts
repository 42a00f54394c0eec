import { z } from "zod";
import { PHOTO_STAGES } from "../../db/schema/visit-photos.ts";
import { VERIFICATIONS } from "../../db/schema/visits.ts";
import { PHOTO_TYPES } from "../../domain/files/image-type.ts";

/**
 * The Content-Types a photo upload may be sent as. The bytes decide what it is (sniffed);
 * `image/heif` and `application/octet-stream` are here because phones and scripts send them.
 */
export const UPLOAD_TYPES = [...PHOTO_TYPES, "image/heif", "application/octet-stream"];

/**
 * The raw body of an upload, as the content-type parser hands it over. One photo per
 * request, sent as the body itself (not multipart): see decision 0014.
 */
export const photoBodySchema = z
  .custom<Buffer>((v) => Buffer.isBuffer(v), {
    message: "Send the photo's bytes as the request body.",
    params: { rule: "required" },
  })
  .meta({
    type: "string",
    format: "binary",
    description: "The photo's bytes: JPEG, PNG, WebP or HEIC (recognised from the bytes)",
  });

export const photoUploadQuerySchema = z.strictObject({
  stage: z.enum(PHOTO_STAGES).describe("Taken at check-in (while checked in) or at check-out"),
});

export const visitPhotoSchema = z
  .object({
    id: z.uuid(),
    visitId: z.uuid(),
    stage: z.enum(PHOTO_STAGES),
    contentType: z.enum(PHOTO_TYPES),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.uuid().nullable(),
    uploadedAt: z.string().describe("Server time when the photo was stored"),
    latitude: z.number().nullable().describe("The rep's position at that stage of the visit"),
    longitude: z.number().nullable(),
    distanceM: z.number().nullable().describe("That position's distance to the customer"),
    verification: z.enum(VERIFICATIONS).nullable(),
    url: z.string().describe("Where the photo's bytes are read (signed-in, in scope)"),
  })
  .meta({ id: "VisitPhoto" });

export type VisitPhotoOut = z.infer<typeof visitPhotoSchema>;

export const visitPhotoListSchema = z
  .object({ items: z.array(visitPhotoSchema) })
  .meta({ id: "VisitPhotoList" });

/** The bytes, documented per type; the server sends exactly the sniffed type. */
const binary = z.string().meta({ format: "binary" });
export const photoContentResponse = {
  description: "The photo's bytes, under the type recognised at upload",
  content: Object.fromEntries(PHOTO_TYPES.map((t) => [t, { schema: binary }])),
};
