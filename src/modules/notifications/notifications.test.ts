import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { fullDigest, seedCustomer, seedFollowUps } from "../../jobs/fixtures.testing.ts";
import { fireDueReminders } from "./notifications.service.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const HOUR = 3600_000;
const db = () => s.database.db;

async function notificationCount(where = "true") {
  const r = await s.database.query<{ n: number; d: number }>(
    `select count(*)::int as n, count(distinct follow_up_id)::int as d from notifications where ${where}`,
  );
  return r.rows[0]!;
}

describe("fireDueReminders", () => {
  it("reminds exactly the open, due, unreminded, undeleted follow-ups, once", async () => {
    const rep = await s.user({ role: "rep" });
    const c = await seedCustomer(db(), { ownerId: rep.id, name: "Bäckerei Huber" });
    const now = new Date();
    const past = new Date(now.getTime() - HOUR);
    const [due] = await seedFollowUps(db(), [
      { customerId: c.id, assigneeId: rep.id, dueAt: past, notes: "Ask about the order" },
      { customerId: c.id, assigneeId: rep.id, dueAt: new Date(now.getTime() + HOUR) },
      { customerId: c.id, assigneeId: rep.id, dueAt: past, status: "done" },
      { customerId: c.id, assigneeId: rep.id, dueAt: past, status: "cancelled" },
      { customerId: c.id, assigneeId: rep.id, dueAt: past, deleted: true },
      { customerId: c.id, assigneeId: rep.id, dueAt: past, remindedAt: past },
    ]);
    expect(await fireDueReminders(db(), now, 100)).toBe(1);
    expect(await fireDueReminders(db(), now, 100)).toBe(0);
    const list = await s.request("GET", "/api/v1/notifications", { as: rep.token });
    expect(list.status).toBe(200);
    expect(list.body.unreadCount).toBe(1);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        kind: "follow_up_due",
        title: "Follow-up due: Bäckerei Huber",
        body: "Ask about the order",
        followUpId: due,
        customerId: c.id,
        readAt: null,
      }),
    ]);
    const marked = await s.database.query<{ reminded_at: Date | null }>(
      "select reminded_at from follow_ups where id = $1",
      [due],
    );
    expect(marked.rows[0]!.reminded_at).not.toBeNull();
  });

  it("never double-fires when several claimers run at once", async () => {
    const rep = await s.user({ role: "rep" });
    const c = await seedCustomer(db(), { ownerId: rep.id });
    const past = new Date(Date.now() - HOUR);
    const ids = await seedFollowUps(
      db(),
      Array.from({ length: 300 }, () => ({ customerId: c.id, assigneeId: rep.id, dueAt: past })),
    );
    const drain = async () => {
      let total = 0;
      for (;;) {
        const n = await fireDueReminders(db(), new Date(), 17);
        if (n === 0) return total;
        total += n;
      }
    };
    const totals = await Promise.all([drain(), drain(), drain(), drain()]);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(300);
    const counts = await notificationCount(`user_id = '${rep.id}'`);
    expect(counts).toEqual({ n: 300, d: 300 });
    const all = await s.database.query<{ n: number }>(
      "select count(*)::int as n from notifications where follow_up_id = any($1::uuid[])",
      [ids],
    );
    expect(all.rows[0]!.n).toBe(300);
  });

  it("refreshes the one notification when a reminded follow-up falls due again", async () => {
    const rep = await s.user({ role: "rep" });
    const other = await s.user({ role: "rep" });
    const c = await seedCustomer(db(), { ownerId: rep.id, name: "Due Again Ltd" });
    const [id] = await seedFollowUps(db(), [
      { customerId: c.id, assigneeId: rep.id, dueAt: new Date(Date.now() - 2 * HOUR) },
    ]);
    expect(await fireDueReminders(db(), new Date(Date.now() - HOUR), 100)).toBe(1);
    await s.request("POST", "/api/v1/notifications/read-all", { as: rep.token });
    // What the follow-ups service does when the due time moves (and here: a new assignee).
    await s.database.query(
      "update follow_ups set reminded_at = null, due_at = now() - interval '1 minute', assignee_id = $2, notes = 'Moved' where id = $1",
      [id, other.id],
    );
    const now = new Date();
    expect(await fireDueReminders(db(), now, 100)).toBe(1);
    const rows = await s.database.query<{
      user_id: string;
      read_at: Date | null;
      notes: string;
      created_at: Date;
    }>(
      "select user_id, read_at, params->>'notes' as notes, created_at from notifications where follow_up_id = $1",
      [id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ user_id: other.id, read_at: null, notes: "Moved" });
    expect(rows.rows[0]!.created_at.getTime()).toBe(now.getTime());
    const mine = await s.request("GET", "/api/v1/notifications", { as: rep.token });
    expect(mine.body.items).toHaveLength(0);
  });

  it("stores facts, not words: each reader gets the title in their own language", async () => {
    const rep = await s.user({ role: "rep" });
    await s.database.query("update users set locale = 'zh-CN' where id = $1", [rep.id]);
    const c = await seedCustomer(db(), { ownerId: rep.id, name: "上海华联超市" });
    const dueAt = new Date(Date.now() - HOUR);
    const [id] = await seedFollowUps(db(), [
      { customerId: c.id, assigneeId: rep.id, dueAt, notes: "带上新价目表" },
    ]);
    await fireDueReminders(db(), new Date(), 100);
    const stored = await s.database.query<{ params: unknown }>(
      "select params from notifications where follow_up_id = $1",
      [id],
    );
    expect(stored.rows[0]!.params).toEqual({
      customerName: "上海华联超市",
      notes: "带上新价目表",
      dueAt: dueAt.toISOString(),
      followUpKind: "call",
    });
    const zh = await s.request("GET", "/api/v1/notifications", { as: rep.token });
    expect(zh.body.items[0]).toMatchObject({
      kind: "follow_up_due",
      title: "跟进到期：上海华联超市",
      body: "带上新价目表",
      params: { customerName: "上海华联超市", followUpKind: "call" },
    });
    // The reader switches to English: the same notification now reads in English.
    await s.database.query("update users set locale = 'en' where id = $1", [rep.id]);
    const read = await s.request("POST", `/api/v1/notifications/${zh.body.items[0].id}/read`, {
      as: rep.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.title).toBe("Follow-up due: 上海华联超市");
  });

  it("does not announce follow-ups of deleted customers, but takes them off the queue", async () => {
    const rep = await s.user({ role: "rep" });
    const c = await seedCustomer(db(), { ownerId: rep.id });
    await s.database.query("update customers set deleted_at = now() where id = $1", [c.id]);
    await seedFollowUps(db(), [
      { customerId: c.id, assigneeId: rep.id, dueAt: new Date(Date.now() - HOUR) },
    ]);
    expect(await fireDueReminders(db(), new Date(), 100)).toBe(1);
    expect(await notificationCount(`user_id = '${rep.id}'`)).toEqual({ n: 0, d: 0 });
    expect(await fireDueReminders(db(), new Date(), 100)).toBe(0);
  });
});

describe("notifications API", () => {
  async function setup(count: number) {
    const rep = await s.user({ role: "rep" });
    const c = await seedCustomer(db(), { ownerId: rep.id });
    const base = Date.now() - 10 * HOUR;
    await seedFollowUps(
      db(),
      Array.from({ length: count }, (_, i) => ({
        customerId: c.id,
        assigneeId: rep.id,
        dueAt: new Date(base + i * 1000),
      })),
    );
    // Distinct creation times make "newest first" observable.
    for (let i = 0; i < count; i++) {
      await fireDueReminders(db(), new Date(base + i * 1000 + 1), 1);
    }
    return rep;
  }

  it("pages the caller's own notifications newest first, with a filter and the unread count", async () => {
    const rep = await setup(5);
    const other = await setup(2);
    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await s.request("GET", `/api/v1/notifications?limit=2${q}`, { as: rep.token });
      expect(page.status, page.text).toBe(200);
      expect(page.body.unreadCount).toBe(5);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    const times = seen.map((n) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const read = await s.request("POST", `/api/v1/notifications/${seen[0]!.id}/read`, {
      as: rep.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await s.request("POST", `/api/v1/notifications/${seen[0]!.id}/read`, {
      as: rep.token,
    });
    expect(again.body.readAt).toBe(read.body.readAt);

    const unread = await s.request("GET", "/api/v1/notifications?unread=true", { as: rep.token });
    expect(unread.body.items).toHaveLength(4);
    expect(unread.body.unreadCount).toBe(4);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(seen[0]!.id);

    const all = await s.request("POST", "/api/v1/notifications/read-all", { as: rep.token });
    expect(all.body).toEqual({ updated: 4, unreadCount: 0 });
    const otherList = await s.request("GET", "/api/v1/notifications", { as: other.token });
    expect(otherList.body.unreadCount).toBe(2);
  });

  it("answers 404 for another user's notification, even for an admin, and changes nothing", async () => {
    const rep = await setup(1);
    const mine = await s.request("GET", "/api/v1/notifications", { as: rep.token });
    const id = mine.body.items[0].id;
    const manager = await s.user({ role: "manager" });
    for (const as of [manager.token, s.adminToken]) {
      const before = await fullDigest(s.database);
      const res = await s.request("POST", `/api/v1/notifications/${id}/read`, { as });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe("notification_not_found");
      expect(await fullDigest(s.database)).toEqual(before);
      const list = await s.request("GET", "/api/v1/notifications", { as });
      expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(id);
    }
  });

  it.each([
    ["/api/v1/notifications?limit=500", "query.limit"],
    ["/api/v1/notifications?cursor=garbage", "query.cursor"],
    ["/api/v1/notifications?unread=yes", "query.unread"],
    ["/api/v1/notifications?foo=1", "query.foo"],
  ])("refuses %s", async (path, field) => {
    const res = await s.request("GET", path);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it("refuses a malformed id and changes nothing", async () => {
    const before = await fullDigest(s.database);
    const res = await s.request("POST", "/api/v1/notifications/not-a-uuid/read");
    expect(res.status).toBe(400);
    expect(res.body.field).toBe("params.id");
    expect(await fullDigest(s.database)).toEqual(before);
  });

  it("needs credentials", async () => {
    expect((await s.request("GET", "/api/v1/notifications", { as: null })).status).toBe(401);
    const before = await fullDigest(s.database);
    const res = await s.request("POST", "/api/v1/notifications/read-all", { as: null });
    expect(res.status).toBe(401);
    expect(await fullDigest(s.database)).toEqual(before);
  });
});
