import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { users } from "../../db/schema/users.ts";
import { visitPhotos } from "../../db/schema/visit-photos.ts";
import { visits } from "../../db/schema/visits.ts";
import { customerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type PhotoRow = typeof visitPhotos.$inferSelect;
export type PhotoInsert = typeof visitPhotos.$inferInsert;

export async function insertPhoto(ex: Executor, values: PhotoInsert): Promise<PhotoRow> {
  const [row] = await ex.insert(visitPhotos).values(values).returning();
  return row!;
}

/** The same bytes already stored for this visit and stage (a retried upload). */
export async function findSamePhoto(
  ex: Executor,
  visitId: string,
  stage: PhotoRow["stage"],
  sha256: string,
): Promise<PhotoRow | undefined> {
  const [row] = await ex
    .select()
    .from(visitPhotos)
    .where(
      and(
        eq(visitPhotos.visitId, visitId),
        eq(visitPhotos.stage, stage),
        eq(visitPhotos.sha256, sha256),
      ),
    );
  return row;
}

export async function countPhotos(ex: Executor, visitId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(visitPhotos)
    .where(eq(visitPhotos.visitId, visitId));
  return row?.n ?? 0;
}

/** Callers found the visit in their scope first. */
export async function listPhotos(ex: Executor, visitId: string): Promise<PhotoRow[]> {
  return ex
    .select()
    .from(visitPhotos)
    .where(eq(visitPhotos.visitId, visitId))
    .orderBy(asc(visitPhotos.uploadedAt), asc(visitPhotos.id));
}

/** A photo, when its visit's customer is in the scope: the visit's readers read its photos. */
export async function findPhoto(
  ex: Executor,
  scope: CustomerScope,
  id: string,
): Promise<PhotoRow | undefined> {
  const inScope: SQL | undefined = customerWithinScope(scope, visits.customerId);
  const [row] = await ex
    .select({ photo: visitPhotos })
    .from(visitPhotos)
    .innerJoin(visits, eq(visits.id, visitPhotos.visitId))
    .where(and(eq(visitPhotos.id, id), inScope));
  return row?.photo;
}

/** A photo in scope with the team of its visit's rep (who may take it back, with the uploader). */
export async function findPhotoWithRepTeam(
  ex: Executor,
  scope: CustomerScope,
  id: string,
): Promise<{ photo: PhotoRow; repTeamId: string | null } | undefined> {
  const [row] = await ex
    .select({ photo: visitPhotos, repTeamId: users.teamId })
    .from(visitPhotos)
    .innerJoin(visits, eq(visits.id, visitPhotos.visitId))
    .innerJoin(users, eq(users.id, visits.repId))
    .where(and(eq(visitPhotos.id, id), customerWithinScope(scope, visits.customerId)));
  return row;
}

/** Removes the row; undefined when it is already gone (a concurrent delete). */
export async function deletePhotoRow(ex: Executor, id: string): Promise<PhotoRow | undefined> {
  const [row] = await ex.delete(visitPhotos).where(eq(visitPhotos.id, id)).returning();
  return row;
}
