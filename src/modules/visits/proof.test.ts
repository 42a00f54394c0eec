import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { tinyJpeg, tinyPng } from "../../domain/files/image-fixtures.testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * Proof of visit through the real server: reasons for check-ins and check-outs that break a
 * rule, and photos. The clock is pinned (Monday 4 March 2030, 15:00 UTC; the reps' zone is
 * UTC), so "early", "late" and "missed" never depend on when the suite runs.
 */
const NOW = new Date("2030-03-04T15:00:00Z");
const at = (hhmm: string, day = "2030-03-04") => `${day}T${hhmm}:00Z`;

let s: TestServer;
let rep: { id: string; token: string };
let mate: { id: string; token: string };
let manager: { id: string; token: string };
const shop = { lat: 31.2304, lon: 121.4737 };
const north = (m: number) => ({ lat: shop.lat + m / 111_195, lon: shop.lon });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  s = await startTestServer();
  const team = await s.team();
  rep = await s.user({ role: "rep", teamId: team });
  mate = await s.user({ role: "rep", teamId: team });
  manager = await s.user({ role: "manager", teamId: team });
});
afterAll(async () => {
  await s?.close();
  vi.useRealTimers();
});

const post = (path: string, body: unknown, as = rep.token) => s.request("POST", path, { body, as });

async function visit(plannedStart: string, plannedEnd: string, extra: object = {}) {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ latitude: shop.lat, longitude: shop.lon }),
    as: rep.token,
  });
  expect(c.status, c.text).toBe(201);
  const v = await post("/api/v1/visits", {
    customerId: c.body.id,
    plannedStart,
    plannedEnd,
    ...extra,
  });
  expect(v.status, v.text).toBe(201);
  return v.body as { id: string; customerId: string };
}

/** A visit planned now, checked in at the customer's door. */
async function checkedIn() {
  const v = await visit(at("14:45"), at("15:45"));
  const res = await post(`/api/v1/visits/${v.id}/check-in`, north(20));
  expect(res.status, res.text).toBe(200);
  return v;
}

describe("a reason for a check-in that breaks a rule", () => {
  it("refuses 3.1 km away without a reason, naming the rule and the numbers, and changes nothing", async () => {
    const v = await visit(at("14:45"), at("15:45"));
    const before = await dataDigest(s.database);
    const res = await post(`/api/v1/visits/${v.id}/check-in`, { ...north(3100), accuracyM: 20 });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: "check_in_reason_required",
      field: "reasonCode",
      rule: "out_of_radius",
      errors: [
        {
          field: "reasonCode",
          rule: "out_of_radius",
          params: { distanceM: 3100, radiusM: 200 },
        },
      ],
    });
    expect(await dataDigest(s.database)).toEqual(before);

    const ok = await post(`/api/v1/visits/${v.id}/check-in`, {
      ...north(3100),
      reasonCode: "met_elsewhere",
      reasonNote: "客户在展会现场",
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({
      status: "checked_in",
      verification: "out_of_radius",
      checkInReason: { code: "met_elsewhere", note: "客户在展会现场" },
    });
    const read = await s.request("GET", `/api/v1/visits/${v.id}`, { as: manager.token });
    expect(read.body.checkInReason).toEqual({ code: "met_elsewhere", note: "客户在展会现场" });
  });

  it.each([
    ["a day early", at("15:00", "2030-03-05"), at("16:00", "2030-03-05"), "early", 1440],
    ["five hours late", at("09:00"), at("10:00"), "late", 300],
  ])("refuses %s without a reason", async (_label, start, end, rule, minutes) => {
    const v = await visit(start, end);
    const before = await dataDigest(s.database);
    const res = await post(`/api/v1/visits/${v.id}/check-in`, north(10));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ rule, params: { minutes, marginMinutes: 60 } }),
    ]);
    expect(await dataDigest(s.database)).toEqual(before);
    const ok = await post(`/api/v1/visits/${v.id}/check-in`, {
      ...north(10),
      reasonCode: rule === "early" ? "customer_rescheduled" : "delayed",
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.checkInReason.note).toBeNull();
  });

  it("names both rules when a check-in is far away and early", async () => {
    const v = await visit(at("15:00", "2030-03-05"), at("16:00", "2030-03-05"));
    const res = await post(`/api/v1/visits/${v.id}/check-in`, north(5000));
    expect(res.body.errors.map((e: { rule: string }) => e.rule)).toEqual([
      "out_of_radius",
      "early",
    ]);
  });

  it("asks nothing within the margin, without a position, or far away on a phone call", async () => {
    const near = await visit(at("15:50"), at("16:50"));
    expect((await post(`/api/v1/visits/${near.id}/check-in`, north(10))).status).toBe(200);
    const blind = await visit(at("14:30"), at("15:30"));
    const b = await post(`/api/v1/visits/${blind.id}/check-in`, {});
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ verification: "unverified", checkInReason: null });
    const call = await visit(at("14:30"), at("15:30"), { type: "phone" });
    const c = await post(`/api/v1/visits/${call.id}/check-in`, north(40_000));
    expect(c.status).toBe(200);
    expect(c.body.verification).toBe("out_of_radius");
  });

  it("checks the reason's own rules before anything else", async () => {
    const v = await visit(at("14:45"), at("15:45"));
    const other = await post(`/api/v1/visits/${v.id}/check-in`, { reasonCode: "other" });
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({ field: "reasonNote", rule: "required_with:other" });
    const noteOnly = await post(`/api/v1/visits/${v.id}/check-in`, { reasonNote: "堵车" });
    expect(noteOnly.body).toMatchObject({ field: "reasonCode", rule: "required_with:reasonNote" });
    const unknown = await post(`/api/v1/visits/${v.id}/check-in`, { reasonCode: "aliens" });
    expect(unknown.body).toMatchObject({ field: "reasonCode", rule: "invalid_value" });
  });
});

describe("a reason for a check-out away from the customer", () => {
  it("refuses without one, writing nothing (no timeline entry), and keeps it when given", async () => {
    const v = await checkedIn();
    const body = { ...north(900), result: "谈妥了", resultScore: 4 };
    const before = await dataDigest(s.database);
    const res = await post(`/api/v1/visits/${v.id}/check-out`, body);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "check_out_reason_required",
      rule: "out_of_radius",
      errors: [{ params: { distanceM: 900, radiusM: 200 } }],
    });
    expect(await dataDigest(s.database)).toEqual(before);
    const ok = await post(`/api/v1/visits/${v.id}/check-out`, {
      ...body,
      reasonCode: "left_before_check_out",
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({
      status: "completed",
      checkOutVerification: "out_of_radius",
      checkOutDistanceM: 900,
      checkOutReason: { code: "left_before_check_out", note: null },
    });
  });

  it("checks out at the door without a reason", async () => {
    const v = await checkedIn();
    const res = await post(`/api/v1/visits/${v.id}/check-out`, {
      ...north(15),
      result: "ok",
      resultScore: 3,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ checkOutVerification: "verified", checkOutReason: null });
  });
});

const upload = (
  visitId: string,
  bytes: Uint8Array,
  o: { stage?: string; type?: string; as?: string } = {},
) =>
  s.request("POST", `/api/v1/visits/${visitId}/photos?stage=${o.stage ?? "check_in"}`, {
    body: bytes,
    headers: { "content-type": o.type ?? "image/jpeg" },
    as: o.as ?? rep.token,
  });

/** Files in the store, temporary ones included: a refused upload must leave none. */
function storedFiles(): string[] {
  try {
    return readdirSync(`${s.config.files.dir}/visit-photos`);
  } catch {
    return [];
  }
}

describe("visit photos", () => {
  it("stores a check-in photo stamped with server time, position and distance, and serves it back", async () => {
    const v = await visit(at("14:45"), at("15:45"));
    await post(`/api/v1/visits/${v.id}/check-in`, { ...north(350), reasonCode: "gps_inaccurate" });
    const jpeg = tinyJpeg(90);
    const res = await upload(v.id, jpeg);
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/visit-photos/${res.body.id}`);
    expect(res.body).toMatchObject({
      visitId: v.id,
      stage: "check_in",
      contentType: "image/jpeg",
      sizeBytes: jpeg.length,
      uploadedBy: rep.id,
      uploadedAt: NOW.toISOString(),
      distanceM: 350,
      verification: "out_of_radius",
      url: `/api/v1/visit-photos/${res.body.id}`,
    });
    expect(res.body.latitude).toBeCloseTo(north(350).lat, 6);

    const list = await s.request("GET", `/api/v1/visits/${v.id}/photos`, { as: manager.token });
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([res.body.id]);

    const got = await fetch(`${s.url}${res.body.url}`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(got.headers.get("content-type")).toBe("image/jpeg");
    expect(got.headers.get("content-disposition")).toBe(
      `inline; filename="visit-photo-${res.body.id}.jpg"`,
    );
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("cache-control")).toBe("private, no-cache");
    expect(got.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
    const again = await fetch(`${s.url}${res.body.url}`, {
      headers: { authorization: `Bearer ${rep.token}`, "if-none-match": got.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  it("takes the same bytes sent again as the same photo, and trusts the bytes over the name", async () => {
    const v = await checkedIn();
    const first = await upload(v.id, tinyJpeg(30));
    const retry = await upload(v.id, tinyJpeg(30));
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const png = await upload(v.id, tinyPng(), { type: "image/jpeg" });
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe("image/png");
    const raw = await upload(v.id, tinyJpeg(31), { type: "application/octet-stream" });
    expect(raw.body.contentType).toBe("image/jpeg");
  });

  it("refuses what is not a photo, too large, or sent wrong, and keeps nothing", async () => {
    const v = await checkedIn();
    const files = storedFiles();
    const before = await dataDigest(s.database);
    const html = await upload(v.id, Buffer.from("<svg onload=alert(1)>"), { type: "image/png" });
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({
      code: "photo_type_unsupported",
      field: "body",
      rule: "image_type",
    });
    expect((await upload(v.id, Buffer.alloc(0))).status).toBe(415);
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(s.config.files.photoMaxBytes)]);
    const large = await upload(v.id, big);
    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({
      code: "photo_too_large",
      field: "body",
      rule: "max_bytes",
      errors: [{ params: { maxBytes: s.config.files.photoMaxBytes } }],
    });
    const json = await s.request("POST", `/api/v1/visits/${v.id}/photos?stage=check_in`, {
      body: { photo: "x" },
      as: rep.token,
    });
    expect(json.status).toBe(415);
    const none = await s.request("POST", `/api/v1/visits/${v.id}/photos?stage=check_in`, {
      as: rep.token,
    });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ field: "body" });
    const stage = await upload(v.id, tinyJpeg(), { stage: "arrival" });
    expect(stage.body).toMatchObject({ field: "query.stage", rule: "invalid_value" });
    expect(await dataDigest(s.database)).toEqual(before);
    expect(storedFiles()).toEqual(files);
  });

  it("takes photos at the stage the visit is in, up to ten", async () => {
    const planned = await visit(at("16:00"), at("17:00"));
    expect((await upload(planned.id, tinyJpeg())).body.code).toBe("visit_photo_stage");
    const v = await checkedIn();
    expect((await upload(v.id, tinyJpeg(), { stage: "check_out" })).status).toBe(409);
    for (let i = 0; i < 10; i++) expect((await upload(v.id, tinyJpeg(100 + i))).status).toBe(201);
    const eleventh = await upload(v.id, tinyJpeg(200));
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.code).toBe("visit_photo_limit");
  });

  it("is added by the visit's rep only, and read only by those who can read the visit", async () => {
    const v = await checkedIn();
    const photo = await upload(v.id, tinyJpeg(77));
    const before = await dataDigest(s.database);
    // The team's manager reads the visit, but a photo of theirs would prove nothing.
    expect((await upload(v.id, tinyJpeg(78), { as: manager.token })).status).toBe(403);
    // Another rep does not see the visit at all.
    expect((await upload(v.id, tinyJpeg(79), { as: mate.token })).status).toBe(404);
    expect(await dataDigest(s.database)).toEqual(before);
    for (const [token, status] of [
      [mate.token, 404],
      [manager.token, 200],
      [s.adminToken, 200],
      [null, 401],
    ] as const) {
      const read = await s.request("GET", photo.body.url, { as: token });
      expect(read.status, String(token)).toBe(status);
      const list = await s.request("GET", `/api/v1/visits/${v.id}/photos`, { as: token });
      expect(list.status).toBe(status);
    }
  });
});
