import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
let rep: { id: string; token: string };
let other: { id: string; token: string };
const HOUR = 3600_000;
// Whole seconds: iCalendar times have no milliseconds.
const base = Math.floor(Date.now() / 1000) * 1000;
const at = (h: number) => new Date(base + h * HOUR).toISOString();
const NAME = "华为技术上海分公司, Abt. 3; Süd";
const ADDRESS = "上海市浦东新区, 世纪大道100号; 5F";

beforeAll(async () => {
  s = await startTestServer();
  rep = await s.user({ role: "rep" });
  other = await s.user({ role: "rep" });
});
afterAll(async () => {
  await s?.close();
});

type Parsed = {
  uid: string;
  start: number;
  end: number;
  summary: string;
  location: string | null;
  description: string | null;
  status: string;
  sequence: number;
};

function parse(text: string): Parsed[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      summary: e.summary,
      location: e.location ?? null,
      description: e.description ?? null,
      status: String(v.getFirstPropertyValue("status")),
      sequence: e.sequence,
    };
  });
}

async function customerFor(token: string, name = NAME) {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ name, address: ADDRESS }),
    as: token,
  });
  expect(c.status, c.text).toBe(201);
  return c.body.id as string;
}

async function visitFor(token: string, customerId: string, from: number, extra = {}) {
  const v = await s.request("POST", "/api/v1/visits", {
    body: { customerId, plannedStart: at(from), plannedEnd: at(from + 1), ...extra },
    as: token,
  });
  expect(v.status, v.text).toBe(201);
  return v.body as { id: string; version: number };
}

async function newFeed(token: string) {
  const res = await s.request("POST", "/api/v1/calendar/feed", { as: token });
  expect(res.status, res.text).toBe(201);
  return new URL(res.body.url as string).pathname;
}

async function feed(path: string) {
  const res = await s.request("GET", path, { as: null });
  expect(res.status, res.text).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return parse(res.text);
}

describe("calendar feed", () => {
  it("manages the URL: status never shows it, regenerating retires the old one, revoke ends it", async () => {
    const u = await s.user({ role: "rep" });
    const none = await s.request("GET", "/api/v1/calendar/feed", { as: u.token });
    expect(none.body).toEqual({ exists: false, createdAt: null });
    const created = await s.request("POST", "/api/v1/calendar/feed", { as: u.token });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.body.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/rcal_.+\.ics$/,
    );
    expect(created.body.webcalUrl).toBe(created.body.url.replace(/^http:/, "webcal:"));
    const status = await s.request("GET", "/api/v1/calendar/feed", { as: u.token });
    expect(status.body).toEqual({ exists: true, createdAt: created.body.createdAt });
    expect(status.text).not.toContain("rcal_");

    const first = new URL(created.body.url).pathname;
    expect((await s.request("GET", first, { as: null })).status).toBe(200);
    const second = await newFeed(u.token);
    const gone = await s.request("GET", first, { as: null });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe("calendar_feed_not_found");
    expect((await s.request("GET", second, { as: null })).status).toBe(200);

    expect((await s.request("DELETE", "/api/v1/calendar/feed", { as: u.token })).status).toBe(204);
    expect((await s.request("GET", second, { as: null })).status).toBe(404);
    const status2 = await s.request("GET", "/api/v1/calendar/feed", { as: u.token });
    expect(status2.body.exists).toBe(false);
    expect((await s.request("DELETE", "/api/v1/calendar/feed", { as: u.token })).status).toBe(204);
  });

  it("stops serving a deactivated user's feed", async () => {
    const u = await s.user({ role: "rep" });
    const path = await newFeed(u.token);
    expect((await s.request("GET", path, { as: null })).status).toBe(200);
    await s.database.query("update users set active = false where id = $1", [u.id]);
    expect((await s.request("GET", path, { as: null })).status).toBe(404);
  });

  it("answers unknown and malformed tokens with 404, and management needs sign-in", async () => {
    for (const path of [
      `/api/v1/calendar/rcal_${"A".repeat(43)}.ics`,
      "/api/v1/calendar/nonsense.ics",
      "/api/v1/calendar/nonsense",
    ]) {
      const res = await s.request("GET", path, { as: null });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    const before = await dataDigest(s.database);
    expect((await s.request("POST", "/api/v1/calendar/feed", { as: null })).status).toBe(401);
    expect((await s.request("DELETE", "/api/v1/calendar/feed", { as: null })).status).toBe(401);
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("is read back exactly by a standard parser (ical.js)", async () => {
    const c = await customerFor(rep.token);
    const v = await visitFor(rep.token, c, 24, {
      purpose: "季度回访, Q3; 合同",
      agenda: [{ text: "交货延迟\\投诉" }, { text: "Training, part 2" }],
    });
    const path = await newFeed(rep.token);
    const events = await feed(path);
    const e = events.find((x) => x.uid === `${v.id}@rapport`);
    expect(e).toEqual({
      uid: `${v.id}@rapport`,
      start: Date.parse(at(24)),
      end: Date.parse(at(25)),
      summary: `${NAME} – 季度回访, Q3; 合同`,
      location: ADDRESS,
      description: "Agenda:\n- 交货延迟\\投诉\n- Training, part 2",
      status: "CONFIRMED",
      sequence: 0,
    });
  });

  it("moving a visit bumps SEQUENCE and DTSTART; cancelling shows STATUS:CANCELLED", async () => {
    const c = await customerFor(rep.token);
    const v = await visitFor(rep.token, c, 48, { purpose: "Demo" });
    const path = await newFeed(rep.token);
    const uid = `${v.id}@rapport`;

    const moved = await s.request("PATCH", `/api/v1/visits/${v.id}`, {
      body: { plannedStart: at(50), plannedEnd: at(51) },
      headers: { "if-match": `"${v.version}"` },
      as: rep.token,
    });
    expect(moved.status, moved.text).toBe(200);
    const afterMove = (await feed(path)).find((x) => x.uid === uid);
    expect(afterMove).toMatchObject({
      start: Date.parse(at(50)),
      sequence: 1,
      status: "CONFIRMED",
    });

    const cancelled = await s.request("POST", `/api/v1/visits/${v.id}/cancel`, {
      body: { reason: "客户临时有事" },
      as: rep.token,
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    const afterCancel = (await feed(path)).find((x) => x.uid === uid);
    expect(afterCancel).toMatchObject({ status: "CANCELLED", sequence: 2 });
  });

  it("keeps missed visits as planned, says so, and leaves out visits outside the window", async () => {
    const u = await s.user({ role: "rep" });
    const c = await customerFor(u.token, "Bäckerei Huber");
    const missed = await visitFor(u.token, c, -72);
    const old = await visitFor(u.token, c, -24 * 40);
    const far = await visitFor(u.token, c, 24 * 100);
    const events = await feed(await newFeed(u.token));
    const uids = events.map((e) => e.uid);
    expect(uids).toContain(`${missed.id}@rapport`);
    expect(uids).not.toContain(`${old.id}@rapport`);
    expect(uids).not.toContain(`${far.id}@rapport`);
    const m = events.find((e) => e.uid === `${missed.id}@rapport`);
    expect(m).toMatchObject({ status: "CONFIRMED", summary: "Bäckerei Huber" });
    expect(m?.description).toContain("Missed");
  });

  it("shows only the feed owner's visits", async () => {
    const mine = await visitFor(rep.token, await customerFor(rep.token), 30);
    const theirs = await visitFor(other.token, await customerFor(other.token), 30);
    const repUids = (await feed(await newFeed(rep.token))).map((e) => e.uid);
    const otherUids = (await feed(await newFeed(other.token))).map((e) => e.uid);
    expect(repUids).toContain(`${mine.id}@rapport`);
    expect(repUids).not.toContain(`${theirs.id}@rapport`);
    expect(otherUids).toEqual([`${theirs.id}@rapport`]);
    // An admin sees every customer, but their feed holds only visits they make themselves.
    expect(await feed(await newFeed(s.adminToken))).toEqual([]);
  });
});
