import type { PhotoRow } from "./visit-photos.repository.ts";
import type { VisitPhotoOut } from "./visit-photos.schema.ts";

export const photoUrl = (id: string) => `/api/v1/visit-photos/${id}`;

export function presentPhoto(row: PhotoRow): VisitPhotoOut {
  return {
    id: row.id,
    visitId: row.visitId,
    stage: row.stage,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
    latitude: row.latitude,
    longitude: row.longitude,
    distanceM: row.distanceM,
    verification: row.verification,
    url: photoUrl(row.id),
  };
}
