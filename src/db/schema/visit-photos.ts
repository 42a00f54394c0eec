import { doublePrecision, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { PHOTO_TYPES } from "../../domain/files/image-type.ts";
import { tstz } from "./common.ts";
import { users } from "./users.ts";
import { VERIFICATIONS, visits } from "./visits.ts";

export const PHOTO_STAGES = ["check_in", "check_out"] as const;

/**
 * A photo taken at a visit's check-in or check-out. The bytes live in the file store under
 * `storageKey`; this row is the proof's record, stamped by the server: when it arrived, and
 * where the rep was at that stage and how far from the customer. Nothing is taken from the
 * photo's own metadata (EXIF), which any phone or editor can write.
 */
export const visitPhotos = pgTable(
  "visit_photos",
  {
    id: uuid("id").primaryKey(),
    visitId: uuid("visit_id")
      .notNull()
      .references(() => visits.id),
    stage: text("stage", { enum: PHOTO_STAGES }).notNull(),
    storageKey: text("storage_key").notNull().unique(),
    /** Sniffed from the bytes: image/jpeg, image/png, image/webp or image/heic. */
    contentType: text("content_type", { enum: PHOTO_TYPES }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Hex SHA-256 of the bytes: a retried upload of the same photo is not a second photo. */
    sha256: text("sha256").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    /** Server time when the photo was stored. */
    uploadedAt: tstz("uploaded_at").notNull(),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    distanceM: doublePrecision("distance_m"),
    verification: text("verification", { enum: VERIFICATIONS }),
  },
  (t) => [
    unique("visit_photos_same_bytes").on(t.visitId, t.stage, t.sha256),
    index("visit_photos_visit_idx").on(t.visitId, t.uploadedAt),
  ],
);
