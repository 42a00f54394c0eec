import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Executor } from "../../db/client.ts";
import { dataDigest } from "../../db/testing.ts";
import { tinyJpeg } from "../../domain/files/image-fixtures.testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { systemScope } from "../access/scope.ts";
import { buildCustomer } from "../customers/customers.factory.ts";
import { openFileStore } from "../storage/open-store.ts";
import { deleteVisitPhoto } from "./visit-photos.service.ts";

/**
 * Taking a visit photo back (PGlite, and PostgreSQL with DATABASE_URL): its uploader, the
 * manager of the rep's team or an admin, while the visit is not completed. The row and the
 * file go, the trail keeps the deletion; every refused delete leaves rows and file as they were.
 */
const NOW = new Date("2030-03-04T15:00:00Z");
const shop = { lat: 31.2304, lon: 121.4737 };

let s: TestServer;
let rep: { id: string; token: string };
let mate: { id: string; token: string };
let manager: { id: string; token: string };
let stranger: { id: string; token: string };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  s = await startTestServer();
  const team = await s.team();
  rep = await s.user({ role: "rep", teamId: team });
  mate = await s.user({ role: "rep", teamId: team });
  manager = await s.user({ role: "manager", teamId: team });
  stranger = await s.user({ role: "manager", teamId: await s.team() });
});
afterAll(async () => {
  await s?.close();
  vi.useRealTimers();
});

/** A visit of the rep's, checked in at the door now, with one photo of `shade`. */
async function photographed(shade: number) {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ latitude: shop.lat, longitude: shop.lon }),
    as: rep.token,
  });
  expect(c.status, c.text).toBe(201);
  const v = await s.request("POST", "/api/v1/visits", {
    body: {
      customerId: c.body.id,
      plannedStart: "2030-03-04T14:45:00Z",
      plannedEnd: "2030-03-04T15:45:00Z",
    },
    as: rep.token,
  });
  expect(v.status, v.text).toBe(201);
  const checkIn = await s.request("POST", `/api/v1/visits/${v.body.id}/check-in`, {
    body: shop,
    as: rep.token,
  });
  expect(checkIn.status, checkIn.text).toBe(200);
  const photo = await upload(v.body.id, shade);
  expect(photo.status, photo.text).toBe(201);
  return { visitId: v.body.id as string, customerId: c.body.id as string, photo: photo.body };
}

const upload = (visitId: string, shade: number) =>
  s.request("POST", `/api/v1/visits/${visitId}/photos?stage=check_in`, {
    body: tinyJpeg(shade),
    headers: { "content-type": "image/jpeg" },
    as: rep.token,
  });

const remove = (id: string, as: string | null = rep.token) =>
  s.request("DELETE", `/api/v1/visit-photos/${id}`, { as });

const fileOf = (id: string) => join(s.config.files.dir, "visit-photos", id);
const stored = () => {
  try {
    return readdirSync(join(s.config.files.dir, "visit-photos")).sort();
  } catch {
    return [];
  }
};

async function trail(id: string) {
  const { rows } = await s.database.query<{ action: string; actor: string; before: unknown }>(
    `select action, actor_id as actor, before from audit_events
      where entity_type = 'visit_photo' and entity_id = $1 order by id`,
    [id],
  );
  return rows;
}

describe("deleting a visit photo", () => {
  it("lets its uploader take it back while the visit is under way: row, file and bytes go, the trail keeps it", async () => {
    const { visitId, photo } = await photographed(40);
    expect(readFileSync(fileOf(photo.id)).equals(tinyJpeg(40))).toBe(true);
    const res = await remove(photo.id);
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expect(stored()).not.toContain(photo.id);
    const list = await s.request("GET", `/api/v1/visits/${visitId}/photos`, { as: rep.token });
    expect(list.body.items).toEqual([]);
    expect((await s.request("GET", photo.url, { as: rep.token })).status).toBe(404);
    expect(await trail(photo.id)).toEqual([
      { action: "create", actor: rep.id, before: null },
      {
        action: "delete",
        actor: rep.id,
        before: expect.objectContaining({ id: photo.id, sha256: photo.sha256, visitId }),
      },
    ]);
    // Gone is gone: a second delete is a 404, and the same bytes again are a new photo.
    expect((await remove(photo.id)).status).toBe(404);
    const again = await upload(visitId, 40);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(photo.id);
  });

  it("lets the manager of the rep's team and an admin delete it too", async () => {
    const { photo } = await photographed(41);
    expect((await remove(photo.id, manager.token)).status).toBe(204);
    const other = await photographed(42);
    expect((await remove(other.photo.id, s.adminToken)).status).toBe(204);
    expect(stored()).not.toContain(photo.id);
    expect(stored()).not.toContain(other.photo.id);
    expect((await trail(photo.id)).at(-1)).toMatchObject({ action: "delete", actor: manager.id });
  });

  it("refuses everyone else, and a completed visit's photo, leaving rows and file byte-identical", async () => {
    const { visitId, customerId, photo } = await photographed(43);
    const done = await photographed(44);
    const out = await s.request("POST", `/api/v1/visits/${done.visitId}/check-out`, {
      body: { ...shop, result: "ok", resultScore: 4 },
      as: rep.token,
    });
    expect(out.status, out.text).toBe(200);
    // The customer passes to a colleague: she now sees the visit, but took no photo of it.
    const moved = await s.request("PATCH", `/api/v1/customers/${customerId}`, {
      body: { ownerId: mate.id },
      headers: { "if-match": "*" },
      as: manager.token,
    });
    expect(moved.status, moved.text).toBe(200);

    const before = await dataDigest(s.database);
    const files = stored();
    const bytes = [readFileSync(fileOf(photo.id)), readFileSync(fileOf(done.photo.id))];
    const seen = await s.request("GET", `/api/v1/visits/${visitId}/photos`, { as: mate.token });
    expect(seen.status).toBe(200);
    const mates = await remove(photo.id, mate.token);
    expect(mates.status).toBe(403);
    expect(mates.body.code).toBe("visit_photo_delete_forbidden");
    // The uploader no longer sees the customer; another team's manager never did.
    expect((await remove(photo.id, rep.token)).status).toBe(404);
    expect((await remove(photo.id, stranger.token)).status).toBe(404);
    expect((await remove(photo.id, null)).status).toBe(401);
    expect((await remove("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await remove("not-a-uuid")).status).toBe(400);
    const completed = await remove(done.photo.id);
    expect(completed.status).toBe(409);
    expect(completed.body.code).toBe("visit_photo_completed");
    expect((await remove(done.photo.id, s.adminToken)).status).toBe(409);

    expect(await dataDigest(s.database)).toEqual(before);
    expect(stored()).toEqual(files);
    expect(readFileSync(fileOf(photo.id)).equals(bytes[0]!)).toBe(true);
    expect(readFileSync(fileOf(done.photo.id)).equals(bytes[1]!)).toBe(true);
  });

  it("writes the file back when the commit fails after it was removed", async () => {
    const { photo } = await photographed(45);
    const before = await dataDigest(s.database);
    // A database that runs the work, then fails to commit.
    const failing = {
      transaction: (work: (tx: Executor) => Promise<unknown>) =>
        s.database.db.transaction(async (tx) => {
          await work(tx);
          throw new Error("commit failed");
        }),
    } as unknown as Executor;
    const store = openFileStore(s.config);
    await expect(
      deleteVisitPhoto({ db: failing, actor: null, scope: systemScope() }, store, photo.id),
    ).rejects.toThrow("commit failed");
    expect(await dataDigest(s.database)).toEqual(before);
    expect(readFileSync(fileOf(photo.id)).equals(tinyJpeg(45))).toBe(true);
  });
});
