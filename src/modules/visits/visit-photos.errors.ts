import { AppError } from "../../errors.ts";

export const PhotoErrors = {
  notFound: () => new AppError("not_found", "visit_photo_not_found", "No such photo."),
  notTheRep: () =>
    new AppError(
      "forbidden",
      "visit_photo_not_rep",
      "Only the rep who makes the visit adds its photos.",
    ),
  notRemovable: () =>
    new AppError(
      "forbidden",
      "visit_photo_delete_forbidden",
      "Only whoever uploaded the photo, the manager of the rep's team, or an admin deletes it.",
    ),
  visitCompleted: () =>
    new AppError(
      "conflict",
      "visit_photo_completed",
      "The visit is completed: its photos are its proof and can no longer be deleted.",
    ),
  wrongStage: (stage: string, status: string) =>
    new AppError(
      "conflict",
      "visit_photo_stage",
      `A ${stage} photo cannot be added to a ${status} visit: check in (or out) first.`,
    ),
  limit: (max: number) =>
    new AppError("conflict", "visit_photo_limit", `A visit holds at most ${max} photos.`),
  unsupportedType: () =>
    new AppError(
      "unsupported_media_type",
      "photo_type_unsupported",
      "The file is not a JPEG, PNG, WebP or HEIC image.",
      [
        {
          field: "body",
          rule: "image_type",
          message: "Send a JPEG, PNG, WebP or HEIC photo (recognised from its bytes).",
        },
      ],
    ),
  tooLarge: (maxBytes: number) =>
    new AppError(
      "too_large",
      "photo_too_large",
      `The photo is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
      [
        {
          field: "body",
          rule: "max_bytes",
          message: `At most ${maxBytes} bytes.`,
          params: { maxBytes },
        },
      ],
    ),
  /** The photo's file is missing from the store: an operations problem, not the caller's. */
  fileMissing: () =>
    new AppError("gone", "visit_photo_file_missing", "The photo's file is missing on the server."),
} as const;
