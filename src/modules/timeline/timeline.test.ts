import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
let repA: { id: string; token: string };
let repB: { id: string; token: string };
let mgrA: { id: string; token: string };
let customerId: string;

beforeAll(async () => {
  s = await startTestServer();
  const teamA = await s.team();
  const teamB = await s.team();
  repA = await s.user({ role: "rep", teamId: teamA });
  repB = await s.user({ role: "rep", teamId: teamB });
  mgrA = await s.user({ role: "manager", teamId: teamA });
  const c = await s.request("POST", "/api/v1/customers", { body: buildCustomer(), as: repA.token });
  customerId = c.body.id;
});
afterAll(async () => {
  await s?.close();
});

const log = (body: Record<string, unknown>, as = repA.token, cid = customerId) =>
  s.request("POST", `/api/v1/customers/${cid}/communications`, { body, as });

describe("communications", () => {
  it("logs a touch with its author and reads it back", async () => {
    const res = await log({
      channel: "wechat",
      direction: "in",
      subject: "询价",
      content: "客户需要购买新产品并安排下周拜访",
      durationMin: 5,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      channel: "wechat",
      direction: "in",
      authorId: repA.id,
      followUp: null,
    });
    const got = await s.request("GET", `/api/v1/communications/${res.body.id}`, { as: repA.token });
    expect(got.body.content).toBe("客户需要购买新产品并安排下周拜访");
  });

  it("finds Chinese text by a word inside it, and English by prefix", async () => {
    await log({
      channel: "phone",
      subject: "Visit planning",
      content: "Discussed the maintenance contract renewal",
    });
    const find = async (q: string, as = repA.token) => {
      const r = await s.request("GET", `/api/v1/communications?q=${encodeURIComponent(q)}`, { as });
      expect(r.status, r.text).toBe(200);
      return r.body.items.map((c: { subject: string | null }) => c.subject);
    };
    expect(await find("拜访")).toContain("询价");
    expect(await find("下周")).toContain("询价");
    expect(await find("新产品")).toContain("询价");
    expect(await find("maint")).toContain("Visit planning");
    expect(await find("renewal contract")).toContain("Visit planning");
    expect(await find("拜访 renewal")).toEqual([]);
    // Another team's rep finds nothing of it.
    expect(await find("拜访", repB.token)).toEqual([]);
  });

  it("filters by channel, author, period and customer", async () => {
    const other = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      as: repA.token,
    });
    await log(
      { channel: "email", subject: "Other customer", occurredAt: "2026-01-05T10:00:00Z" },
      repA.token,
      other.body.id,
    );
    const byChannel = await s.request("GET", "/api/v1/communications?channel=email", {
      as: repA.token,
    });
    expect(byChannel.body.items.every((c: { channel: string }) => c.channel === "email")).toBe(
      true,
    );
    const byPeriod = await s.request(
      "GET",
      "/api/v1/communications?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z",
      { as: repA.token },
    );
    expect(byPeriod.body.items.map((c: { subject: string }) => c.subject)).toEqual([
      "Other customer",
    ]);
    const byCustomer = await s.request(
      "GET",
      `/api/v1/communications?customerId=${other.body.id}`,
      { as: repA.token },
    );
    expect(byCustomer.body.items).toHaveLength(1);
    const byAuthor = await s.request("GET", `/api/v1/communications?authorId=${repB.id}`, {
      as: repA.token,
    });
    expect(byAuthor.body.items).toHaveLength(0);
  });

  it("creates the next step's follow-up in the same transaction", async () => {
    const res = await log({
      channel: "phone",
      subject: "Call",
      nextStep: "Send the quote",
      followUp: { kind: "email", dueAt: "2030-01-01T09:00:00Z" },
    });
    expect(res.status).toBe(201);
    expect(res.body.followUp).toMatchObject({
      kind: "email",
      assigneeId: repA.id,
      notes: "Send the quote",
      sourceCommunicationId: res.body.id,
    });
  });

  it("creates neither when the follow-up is refused", async () => {
    const before = await dataDigest(s.database);
    const res = await log({
      channel: "phone",
      subject: "Call",
      followUp: { kind: "call", dueAt: "2030-01-01T09:00:00Z", assigneeId: repB.id },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("assignee_forbidden");
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it.each([
    [{ channel: "fax" }, "channel", "invalid_value"],
    [{ channel: "email", content: "<script>alert(1)</script>" }, "content", "no_html"],
    [{ channel: "email", occurredAt: "2026-02-30T10:00:00Z" }, "occurredAt", "format:datetime"],
    [{ channel: "email", durationMin: -1 }, "durationMin", "too_small"],
    [{ channel: "email", authorId: "x" }, "authorId", "unknown_field"],
  ])("refuses %j", async (body, field, rule) => {
    const before = await dataDigest(s.database);
    const res = await log(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("refuses a contact of another customer", async () => {
    const other = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      as: repA.token,
    });
    const contact = await s.request("POST", `/api/v1/customers/${other.body.id}/contacts`, {
      body: { name: "X" },
      as: repA.token,
    });
    const res = await log({ channel: "phone", subject: "Call", contactId: contact.body.id });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ field: "contactId", rule: "same_customer" });
  });

  it("logs a WeChat message with its contact and direction, without a subject", async () => {
    const contact = await s.request("POST", `/api/v1/customers/${customerId}/contacts`, {
      body: { name: "朱静", wechatId: "zhujing_88" },
      as: repA.token,
    });
    expect(contact.status, contact.text).toBe(201);
    const res = await log({
      channel: "wechat",
      direction: "in",
      contactId: contact.body.id,
      content: "朱经理发来微信：下周二上午可以拜访",
      nextStep: "确认拜访时间",
      followUp: { kind: "wechat", dueAt: "2030-01-02T09:00:00Z" },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      channel: "wechat",
      direction: "in",
      contactId: contact.body.id,
      subject: null,
      followUp: { kind: "wechat", notes: "确认拜访时间" },
    });
    // A follow-up on its own can be a WeChat message too, and it reads back as one.
    const fu = await s.request("POST", `/api/v1/customers/${customerId}/follow-ups`, {
      body: { kind: "wechat", dueAt: "2030-01-03T09:00:00Z", notes: "发报价单" },
      as: repA.token,
    });
    expect(fu.status, fu.text).toBe(201);
    const listed = await s.request("GET", `/api/v1/communications?channel=wechat`, {
      as: repA.token,
    });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(res.body.id);
    // Its content can be cleared only while something else still says what was said.
    const cleared = await s.request("PATCH", `/api/v1/communications/${res.body.id}`, {
      body: { content: null, outcome: "约好周二" },
      headers: { "if-match": '"1"' },
      as: repA.token,
    });
    expect(cleared.status, cleared.text).toBe(200);
    const emptied = await s.request("PATCH", `/api/v1/communications/${res.body.id}`, {
      body: { outcome: null },
      headers: { "if-match": '"2"' },
      as: repA.token,
    });
    expect(emptied.status).toBe(400);
    expect(emptied.body).toMatchObject({ field: "content", rule: "one_of_required" });
  });

  it.each([
    [{ channel: "email", content: "Quote attached" }, "subject", "required_for_channel"],
    [{ channel: "email", subject: "  ", content: "Quote attached" }, "subject", "too_small"],
    [{ channel: "phone" }, "content", "one_of_required"],
    [{ channel: "wechat", direction: "in" }, "content", "one_of_required"],
  ])("asks %j for what its channel needs", async (body, field, rule) => {
    const before = await dataDigest(s.database);
    const res = await log(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("keeps an e-mail's subject: it cannot be patched away", async () => {
    const mail = await log({ channel: "email", subject: "Quote sent", content: "PDF attached" });
    const res = await s.request("PATCH", `/api/v1/communications/${mail.body.id}`, {
      body: { subject: null },
      headers: { "if-match": '"1"' },
      as: repA.token,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: "subject", rule: "required_for_channel" });
  });

  it("lets only the author, their manager or an admin edit", async () => {
    const c = await log({ channel: "meeting", subject: "Mine" });
    const other = await s.user({ role: "rep", teamId: null });
    await s.database.query("update customers set owner_id = $1 where id = $2", [
      other.id,
      customerId,
    ]);
    try {
      const byOther = await s.request("PATCH", `/api/v1/communications/${c.body.id}`, {
        body: { subject: "Theirs" },
        headers: { "if-match": '"1"' },
        as: other.token,
      });
      expect(byOther.status).toBe(403);
    } finally {
      await s.database.query("update customers set owner_id = $1 where id = $2", [
        repA.id,
        customerId,
      ]);
    }
    const byManager = await s.request("PATCH", `/api/v1/communications/${c.body.id}`, {
      body: { subject: "Edited by manager" },
      headers: { "if-match": '"1"' },
      as: mgrA.token,
    });
    expect(byManager.status).toBe(200);
  });
});

describe("needs", () => {
  it("takes its due date from the type's SLA and importance", async () => {
    const res = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "complaint", title: "Late delivery 交货延迟", importance: 5 },
      as: repA.token,
    });
    expect(res.status, res.text).toBe(201);
    const hours = (Date.parse(res.body.dueAt) - Date.parse(res.body.createdAt)) / 3600_000;
    expect(Math.round(hours)).toBe(24); // complaint, importance 5: 1 day
    expect(res.body).toMatchObject({ status: "open", ownerId: repA.id, overdue: false });
  });

  it("moves open → in_progress → resolved, keeps who and when, refuses invalid moves with 409", async () => {
    const n = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "service_request", title: "Repair" },
      as: repA.token,
    });
    const move = (to: string, note?: string, as = repA.token) =>
      s.request("POST", `/api/v1/needs/${n.body.id}/transition`, { body: { to, note }, as });

    const before = await dataDigest(s.database);
    const skip = await move("resolved", "done");
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe("invalid_transition");
    expect(await dataDigest(s.database)).toEqual(before);

    expect((await move("in_progress")).status).toBe(200);
    const noNote = await move("resolved");
    expect(noNote.status).toBe(400);
    expect(noNote.body).toMatchObject({ field: "note", rule: "required" });
    const done = await move("resolved", "Replaced the pump", mgrA.token);
    expect(done.body).toMatchObject({ status: "resolved", resolutionNote: "Replaced the pump" });
    expect(done.body.closedAt).not.toBeNull();

    const detail = await s.request("GET", `/api/v1/needs/${n.body.id}`, { as: repA.token });
    expect(detail.body.history.map((h: { to: string }) => h.to)).toEqual([
      "open",
      "in_progress",
      "resolved",
    ]);
    expect(detail.body.history[2]).toMatchObject({
      from: "in_progress",
      actorId: mgrA.id,
      note: "Replaced the pump",
    });
    expect(detail.body.allowedTransitions).toEqual(["open"]);
    expect((await move("in_progress")).status).toBe(409);
  });

  it("flags overdue needs in lists and on the customer", async () => {
    const n = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "support", title: "Overdue one", dueAt: "2020-01-01T00:00:00Z" },
      as: repA.token,
    });
    const overdue = await s.request("GET", "/api/v1/needs?overdue=true", { as: repA.token });
    const found = overdue.body.items.find((x: { id: string }) => x.id === n.body.id);
    expect(found.overdue).toBe(true);
    const summary = await s.request("GET", `/api/v1/customers/${customerId}/need-summary`, {
      as: repA.token,
    });
    expect(summary.body.overdueNeeds).toBeGreaterThanOrEqual(1);
    expect(
      (await s.request("GET", "/api/v1/needs?overdue=true", { as: repB.token })).body.items,
    ).toHaveLength(0);
  });

  it("links the communications that raised and served it", async () => {
    const c = await log({ channel: "visit", subject: "Raised it" });
    const n = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "training", title: "Train staff", sourceCommunicationId: c.body.id },
      as: repA.token,
    });
    const served = await log({ channel: "phone", subject: "Served it", needId: n.body.id });
    expect(served.status).toBe(201);
    const detail = await s.request("GET", `/api/v1/needs/${n.body.id}`, { as: repA.token });
    expect(
      detail.body.links.map((l: { relation: string; subject: string }) => [l.relation, l.subject]),
    ).toEqual([
      ["raised", "Raised it"],
      ["served", "Served it"],
    ]);
    const byNeed = await s.request("GET", `/api/v1/communications?needId=${n.body.id}`, {
      as: repA.token,
    });
    expect(byNeed.body.items).toHaveLength(1);
  });

  it("refuses an unknown type, and lets only admins configure types", async () => {
    const bad = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "astrology", title: "x" },
      as: repA.token,
    });
    expect(bad.status).toBe(422);
    const put = { labelEn: "Astrology", labelZh: "占星", slaDays: [9, 8, 7, 6, 5] };
    expect(
      (await s.request("PUT", "/api/v1/need-types/astrology", { body: put, as: repA.token }))
        .status,
    ).toBe(403);
    expect((await s.request("PUT", "/api/v1/need-types/astrology", { body: put })).status).toBe(
      200,
    );
    const ok = await s.request("POST", `/api/v1/customers/${customerId}/needs`, {
      body: { type: "astrology", title: "x" },
      as: repA.token,
    });
    expect(ok.status).toBe(201);
    const types = await s.request("GET", "/api/v1/need-types", { as: repA.token });
    expect(types.body.items.map((t: { key: string }) => t.key)).toContain("astrology");
  });
});

describe("follow-ups", () => {
  it("completes once; a done follow-up cannot be completed again", async () => {
    const f = await s.request("POST", `/api/v1/customers/${customerId}/follow-ups`, {
      body: { kind: "call", dueAt: "2030-05-01T08:00:00Z", notes: "Check in" },
      as: repA.token,
    });
    expect(f.status).toBe(201);
    const done = await s.request("POST", `/api/v1/follow-ups/${f.body.id}/complete`, {
      body: { result: "Reached, all good" },
      as: repA.token,
    });
    expect(done.body).toMatchObject({ status: "done", result: "Reached, all good" });
    const again = await s.request("POST", `/api/v1/follow-ups/${f.body.id}/complete`, {
      body: {},
      as: repA.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("follow_up_not_open");
  });

  it("cancels with a reason; a cancelled follow-up cannot be completed", async () => {
    const f = await s.request("POST", `/api/v1/customers/${customerId}/follow-ups`, {
      body: { kind: "visit", dueAt: "2030-05-02T08:00:00Z" },
      as: repA.token,
    });
    const cancelled = await s.request("POST", `/api/v1/follow-ups/${f.body.id}/cancel`, {
      body: { result: "Customer moved" },
      as: repA.token,
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "cancelled", result: "Customer moved" });
    expect(cancelled.body.completedAt).not.toBeNull();
    const done = await s.request("POST", `/api/v1/follow-ups/${f.body.id}/complete`, {
      body: {},
      as: repA.token,
    });
    expect(done.status).toBe(409);
    expect(done.body.code).toBe("follow_up_not_open");
  });

  it("builds my day in my time zone, and the manager's team view", async () => {
    const u = await s.user({ role: "rep", teamId: null });
    await s.request("PATCH", `/api/v1/users/${u.id}`, {
      body: { timeZone: "Asia/Shanghai" },
      headers: { "if-match": '"1"' },
      as: u.token,
    });
    const c = await s.request("POST", "/api/v1/customers", { body: buildCustomer(), as: u.token });
    const add = (dueAt: string) =>
      s.request("POST", `/api/v1/customers/${c.body.id}/follow-ups`, {
        body: { kind: "call", dueAt },
        as: u.token,
      });
    // 2030-03-10 in Shanghai is 2030-03-09T16:00Z … 2030-03-10T16:00Z.
    await add("2030-03-09T15:59:00Z"); // overdue (the 9th, local)
    await add("2030-03-09T16:00:00Z"); // today, 00:00 local
    await add("2030-03-10T15:59:00Z"); // today, 23:59 local
    await add("2030-03-12T02:00:00Z"); // upcoming
    await add("2030-03-30T02:00:00Z"); // beyond the week
    const day = await s.request("GET", "/api/v1/me/day?date=2030-03-10", { as: u.token });
    expect(day.status, day.text).toBe(200);
    expect(day.body).toMatchObject({
      timeZone: "Asia/Shanghai",
      counts: { overdue: 1, today: 2, upcoming: 1 },
    });
    expect(day.body.today.map((f: { dueAt: string }) => f.dueAt)).toEqual([
      "2030-03-09T16:00:00.000Z",
      "2030-03-10T15:59:00.000Z",
    ]);

    const team = await s.request("GET", "/api/v1/team/day", { as: mgrA.token });
    expect(team.status).toBe(200);
    expect(team.body.members.map((m: { userId: string }) => m.userId)).toContain(repA.id);
    expect((await s.request("GET", "/api/v1/team/day", { as: repA.token })).status).toBe(403);
  });
});

describe("timeline", () => {
  it("streams communications, need changes and follow-ups newest first, page by page", async () => {
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      as: repA.token,
    });
    const id = c.body.id;
    await log(
      { channel: "phone", subject: "first", occurredAt: "2026-01-01T10:00:00Z" },
      repA.token,
      id,
    );
    await log(
      { channel: "visit", subject: "second", occurredAt: "2026-01-02T10:00:00Z" },
      repA.token,
      id,
    );
    const need = await s.request("POST", `/api/v1/customers/${id}/needs`, {
      body: { type: "other", title: "A need" },
      as: repA.token,
    });
    await s.request("POST", `/api/v1/needs/${need.body.id}/transition`, {
      body: { to: "in_progress" },
      as: repA.token,
    });
    const fu = await s.request("POST", `/api/v1/customers/${id}/follow-ups`, {
      body: { kind: "visit", dueAt: "2030-01-01T00:00:00Z" },
      as: repA.token,
    });
    await s.request("POST", `/api/v1/follow-ups/${fu.body.id}/complete`, {
      body: {},
      as: repA.token,
    });

    const all: { type: string; at: string }[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = cursor ? `&cursor=${cursor}` : "";
      const page = await s.request("GET", `/api/v1/customers/${id}/timeline?limit=2${qs}`, {
        as: repA.token,
      });
      expect(page.status, page.text).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.map((e) => e.type).sort()).toEqual(
      [
        "communication",
        "communication",
        "follow_up",
        "follow_up_done",
        "need_status",
        "need_status",
      ].sort(),
    );
    const times = all.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.at(-1)).toMatchObject({ type: "communication" });

    const onlyComms = await s.request(
      "GET",
      `/api/v1/customers/${id}/timeline?types=communication`,
      { as: repA.token },
    );
    expect(
      onlyComms.body.items.map(
        (e: { communication: { subject: string } }) => e.communication.subject,
      ),
    ).toEqual(["second", "first"]);
    expect(
      (await s.request("GET", `/api/v1/customers/${id}/timeline`, { as: repB.token })).status,
    ).toBe(404);
  });
});

describe("hand-over and assignment", () => {
  it("gives a customer's open work to the new owner, and hides it from the old one", async () => {
    const teamId = await s.team();
    const a = await s.user({ role: "rep", teamId });
    const b = await s.user({ role: "rep", teamId });
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "Übergabe GmbH" }),
      as: a.token,
    });
    const fu = await s.request("POST", `/api/v1/customers/${c.body.id}/follow-ups`, {
      body: { kind: "call", dueAt: "2020-01-01T00:00:00Z" },
      as: a.token,
    });
    const v = await s.request("POST", "/api/v1/visits", {
      body: {
        customerId: c.body.id,
        plannedStart: "2030-01-01T02:00:00Z",
        plannedEnd: "2030-01-01T03:00:00Z",
      },
      as: a.token,
    });
    await s.database.query(
      `insert into notifications (user_id, kind, params, customer_id) values ($1, 'test', '{"title": "About Übergabe"}', $2)`,
      [a.id, c.body.id],
    );
    expect(
      (await s.request("GET", "/api/v1/notifications", { as: a.token })).body.items,
    ).toHaveLength(1);
    const moved = await s.request("PATCH", `/api/v1/customers/${c.body.id}`, {
      body: { ownerId: b.id },
      headers: { "if-match": '"1"' },
    });
    expect(moved.status).toBe(200);
    const f = await s.request("GET", `/api/v1/follow-ups/${fu.body.id}`, { as: b.token });
    expect(f.body.assigneeId).toBe(b.id);
    const visit = await s.request("GET", `/api/v1/visits/${v.body.id}`, { as: b.token });
    expect(visit.body.repId).toBe(b.id);
    const left = await s.request("GET", "/api/v1/notifications", { as: a.token });
    expect(left.body.items).toHaveLength(0);
    expect(left.body.unreadCount).toBe(0);
  });

  it("refuses to give work on a customer to someone who cannot see it", async () => {
    const before = await dataDigest(s.database);
    const res = await s.request("POST", `/api/v1/customers/${customerId}/follow-ups`, {
      body: { kind: "call", dueAt: "2030-01-01T00:00:00Z", assigneeId: mgrA.id },
      as: mgrA.token,
    });
    // The manager leads the owner's team: allowed. A rep of the team who does not own it: not.
    expect(res.status).toBe(201);
    const teammate = await s.user({
      role: "rep",
      teamId: (await s.request("GET", `/api/v1/users/${repA.id}`)).body.teamId,
    });
    const mid = await dataDigest(s.database);
    const refused = await s.request("POST", `/api/v1/customers/${customerId}/follow-ups`, {
      body: { kind: "call", dueAt: "2030-01-01T00:00:00Z", assigneeId: teammate.id },
      as: mgrA.token,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ field: "assigneeId", rule: "sees_customer" });
    expect(await dataDigest(s.database)).toEqual(mid);
    expect(before).not.toEqual(mid);
  });
});
