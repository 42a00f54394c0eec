import { createHash, randomUUID } from "node:crypto";
import { sniffImageType } from "../../domain/files/image-type.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { inTransaction } from "../common/write.ts";
import type { FileStore } from "../storage/file-store.ts";
import { PhotoErrors } from "./visit-photos.errors.ts";
import { presentPhoto } from "./visit-photos.presenter.ts";
import {
  countPhotos,
  deletePhotoRow,
  findPhoto,
  findPhotoWithRepTeam,
  findSamePhoto,
  insertPhoto,
  listPhotos,
  type PhotoRow,
} from "./visit-photos.repository.ts";
import { VisitErrors } from "./visits.errors.ts";
import { presentVisit } from "./visits.presenter.ts";
import { findVisit } from "./visits.repository.ts";
import { getVisit } from "./visits.service.ts";

/** Enough for a door, a shelf and a signed note, at check-in and check-out. */
export const MAX_PHOTOS_PER_VISIT = 10;

export type PhotoStage = PhotoRow["stage"];

/**
 * Adds a photo to a visit, taken at its check-in or check-out. The server stamps it: its own
 * time, and the position the visit recorded at that stage with its distance to the customer —
 * never the photo's EXIF, which any phone or editor can write. The bytes are stored as sent.
 *
 * The same bytes sent again for the same stage return the photo already stored
 * (`created: false`): a retry after a lost answer on a poor network is not a second photo.
 * The file is written inside the transaction, after the checks: a refused upload stores
 * nothing, and if the commit fails the file is removed again.
 */
export async function addVisitPhoto(
  ctx: ServiceContext,
  store: FileStore,
  input: { visitId: string; stage: PhotoStage; bytes: Buffer; maxBytes: number },
): Promise<{ photo: PhotoRow; created: boolean }> {
  const { visitId, stage, bytes } = input;
  if (bytes.length > input.maxBytes) throw PhotoErrors.tooLarge(input.maxBytes);
  const contentType = sniffImageType(bytes);
  if (!contentType) throw PhotoErrors.unsupportedType();
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const id = randomUUID();
  const key = `visit-photos/${id}`;
  let written = false;
  try {
    return await inTransaction(ctx, async (t) => {
      // Locked: two uploads at once cannot both pass the per-visit limit.
      const visit = await findVisit(t.db, t.scope, visitId, { forUpdate: true });
      if (!visit) throw VisitErrors.notFound();
      if (!policies.addVisitProof(ctx.actor, visit)) throw PhotoErrors.notTheRep();
      const status = presentVisit(visit).status;
      const allowed =
        stage === "check_in"
          ? status === "checked_in" || status === "completed"
          : status === "completed";
      if (!allowed) throw PhotoErrors.wrongStage(stage, status);
      const same = await findSamePhoto(t.db, visitId, stage, sha256);
      if (same) return { photo: same, created: false };
      if ((await countPhotos(t.db, visitId)) >= MAX_PHOTOS_PER_VISIT) {
        throw PhotoErrors.limit(MAX_PHOTOS_PER_VISIT);
      }
      const at =
        stage === "check_in"
          ? {
              latitude: visit.checkInLat,
              longitude: visit.checkInLon,
              distanceM: visit.checkInDistanceM,
              verification: visit.verification,
            }
          : {
              latitude: visit.checkOutLat,
              longitude: visit.checkOutLon,
              distanceM: visit.checkOutDistanceM,
              verification: visit.checkOutVerification,
            };
      const photo = await insertPhoto(t.db, {
        id,
        visitId,
        stage,
        storageKey: key,
        contentType,
        sizeBytes: bytes.length,
        sha256,
        uploadedBy: ctx.actor?.id ?? null,
        uploadedAt: new Date(),
        ...at,
      });
      await audit(t, "create", { type: "visit_photo", id }, null, presentPhoto(photo));
      written = true;
      await store.put(key, bytes);
      return { photo, created: true };
    });
  } catch (err) {
    // Best effort: an orphan file is harmless (no row points at it), a lost row is not.
    if (written) await store.delete(key).catch(() => undefined);
    throw err;
  }
}

/** A visit's photos, oldest first; whoever reads the visit reads them. */
export async function visitPhotos(ctx: ServiceContext, visitId: string): Promise<PhotoRow[]> {
  await getVisit(ctx, visitId);
  return listPhotos(ctx.db, visitId);
}

/** The photo and its bytes, when the caller can read its visit (404 otherwise). */
export async function readVisitPhoto(
  ctx: ServiceContext,
  store: FileStore,
  id: string,
): Promise<{ photo: PhotoRow; bytes: Buffer }> {
  const photo = await findPhoto(ctx.db, ctx.scope, id);
  if (!photo) throw PhotoErrors.notFound();
  const bytes = await store.get(photo.storageKey);
  if (!bytes) throw PhotoErrors.fileMissing();
  return { photo, bytes };
}

/**
 * Takes a photo back while its visit is not completed: its uploader, the manager of the rep's
 * team, or an admin. The row goes and the deletion is audited (the trail keeps what the photo
 * was, not its bytes); the file is removed inside the transaction, after every check, and
 * written back if the commit fails — a refused or failed delete leaves row and file as they were.
 */
export async function deleteVisitPhoto(
  ctx: ServiceContext,
  store: FileStore,
  id: string,
): Promise<void> {
  let removed: { key: string; bytes: Buffer | null } | null = null;
  try {
    await inTransaction(ctx, async (t) => {
      const found = await findPhotoWithRepTeam(t.db, t.scope, id);
      if (!found) throw PhotoErrors.notFound();
      // Locked like an upload or a check-out: none of them can slip in between.
      const visit = await findVisit(t.db, t.scope, found.photo.visitId, { forUpdate: true });
      if (!visit) throw PhotoErrors.notFound();
      if (!policies.removeVisitProof(ctx.actor, found.photo, { teamId: found.repTeamId })) {
        throw PhotoErrors.notRemovable();
      }
      if (presentVisit(visit).status === "completed") throw PhotoErrors.visitCompleted();
      const photo = await deletePhotoRow(t.db, id);
      if (!photo) throw PhotoErrors.notFound();
      await audit(t, "delete", { type: "visit_photo", id }, presentPhoto(photo), null);
      const bytes = await store.get(photo.storageKey);
      await store.delete(photo.storageKey);
      removed = { key: photo.storageKey, bytes };
    });
  } catch (err) {
    // The row is still there: so is its file again.
    const back = removed as { key: string; bytes: Buffer | null } | null;
    if (back?.bytes) await store.put(back.key, back.bytes).catch(() => undefined);
    throw err;
  }
}
