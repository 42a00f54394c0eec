import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { systemContext } from "../modules/common/system.ts";
import { createUser } from "../modules/users/users.service.ts";
import { seedCustomer, seedFollowUps, waitFor } from "./fixtures.testing.ts";
import { smtpMailer } from "./mailer.ts";
import { startScheduler } from "./scheduler.ts";
import { type SmtpSink, startSmtpSink } from "./smtp-sink.testing.ts";
import { jobTick } from "./tick.ts";

let database: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ database, dispose } = await openTestDatabase());
});
afterAll(async () => {
  await dispose?.();
});

const HOUR = 3600_000;
const config = loadConfig({});
const silent = { error: (o: { err: unknown }) => console.error(o.err), info: () => {} };

async function user(
  email: string,
  who: { name: string; locale: "en" | "zh-CN"; timeZone: string } = {
    name: "Anna Schneider",
    locale: "en",
    timeZone: "UTC",
  },
) {
  const row = await createUser(systemContext(database.db), {
    email,
    role: "rep",
    teamId: null,
    ...who,
  });
  return row.id;
}

async function unreminded(ids: string[]) {
  const r = await database.query<{ n: number }>(
    "select count(*)::int as n from follow_ups where id = any($1::uuid[]) and reminded_at is null",
    [ids],
  );
  return r.rows[0]!.n;
}

describe("restarts", () => {
  it("reminds everything that became due while no scheduler ran", async () => {
    const rep = await user("restart@test.example");
    const c = await seedCustomer(database.db, { ownerId: rep });
    const tick = jobTick({ db: database.db, mailer: null, logger: silent, config });
    const first = startScheduler({ intervalMs: 20, tick, logger: silent });
    await new Promise((r) => setTimeout(r, 60));
    await first.stop();
    // Downtime: 250 follow-ups fall due (more than one claim batch), some of them days ago.
    const ids = await seedFollowUps(
      database.db,
      Array.from({ length: 250 }, (_, i) => ({
        customerId: c.id,
        assigneeId: rep,
        dueAt: new Date(Date.now() - (i + 1) * HOUR),
      })),
    );
    await new Promise((r) => setTimeout(r, 60));
    expect(await unreminded(ids)).toBe(250);
    // A long interval: only the tick on start can do the work.
    const second = startScheduler({ intervalMs: 3_600_000, tick, logger: silent });
    await waitFor(async () => (await unreminded(ids)) === 0, 20_000, "all reminders");
    await second.stop();
    const n = await database.query<{ n: number; d: number }>(
      "select count(*)::int as n, count(distinct follow_up_id)::int as d from notifications where user_id = $1",
      [rep],
    );
    expect(n.rows[0]).toEqual({ n: 250, d: 250 });
    // Read: the outbox tests below must not mail these.
    await database.query("update notifications set read_at = now() where user_id = $1", [rep]);
  });
});

/** Minimal MIME decoding for what nodemailer writes: encoded-word headers, quoted-printable bodies. */
function decodeWords(v: string) {
  return v.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : qp(text.replace(/_/g, " ")),
  );
}
function qp(v: string) {
  const bytes = v
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
function parse(raw: string) {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, "im").exec(unfolded)?.[1]?.trim() ?? "";
  const body = rest.join("\n\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  return {
    subject: decodeWords(header("Subject")),
    to: header("To"),
    from: decodeWords(header("From")),
    text:
      encoding === "quoted-printable"
        ? qp(body)
        : encoding === "base64"
          ? Buffer.from(body, "base64").toString("utf8")
          : body,
  };
}

describe("e-mail outbox", () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it("mails each new reminder once to its assignee, through a real SMTP server", async () => {
    const rep = await user("anna.schneider@test.example");
    const c = await seedCustomer(database.db, { ownerId: rep, name: "Café Müller" });
    await seedFollowUps(database.db, [
      {
        customerId: c.id,
        assigneeId: rep,
        dueAt: new Date(Date.now() - HOUR),
        notes: "Bring the new price list",
      },
    ]);
    const mailer = smtpMailer(smtp.url, "Rapport <rapport@test.example>");
    const tick = jobTick({ db: database.db, mailer, logger: silent, config });
    const before = smtp.mails.length;
    await tick();
    await tick();
    mailer.close();
    const mine = smtp.mails
      .slice(before)
      .filter((m) => m.to.includes("anna.schneider@test.example"));
    expect(mine).toHaveLength(1);
    const msg = parse(mine[0]!.raw);
    expect(msg.to).toContain("anna.schneider@test.example");
    expect(msg.from).toContain("rapport@test.example");
    expect(msg.subject).toBe("Follow-up due: Café Müller");
    expect(msg.text).toContain("Hello Anna Schneider,");
    expect(msg.text).toContain("Bring the new price list");
    // No PUBLIC_URL: no link.
    expect(msg.text).not.toContain("http");
    const row = await database.query<{ emailed_at: Date | null }>(
      "select emailed_at from notifications where user_id = $1",
      [rep],
    );
    expect(row.rows[0]!.emailed_at).not.toBeNull();
  });

  it("writes to each recipient in their language and zone, linking to the app", async () => {
    const rep = await user("wang.fang@test.example", {
      name: "王芳",
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
    });
    const c = await seedCustomer(database.db, { ownerId: rep, name: "上海华联超市" });
    await seedFollowUps(database.db, [
      {
        customerId: c.id,
        assigneeId: rep,
        dueAt: new Date("2026-03-02T06:30:00Z"),
        notes: "带上新价目表",
      },
    ]);
    const mailer = smtpMailer(smtp.url, "Rapport <rapport@test.example>");
    const tick = jobTick({
      db: database.db,
      mailer,
      logger: silent,
      // Pinned: the reminder fires and is mailed within the outbox's week.
      now: () => new Date("2026-03-02T07:00:00Z"),
      config: { ...config, publicUrl: "https://crm.example.com" },
    });
    const before = smtp.mails.length;
    await tick();
    mailer.close();
    const mine = smtp.mails.slice(before).filter((m) => m.to.includes("wang.fang@test.example"));
    expect(mine).toHaveLength(1);
    const msg = parse(mine[0]!.raw);
    expect(msg.subject).toBe("跟进到期：上海华联超市");
    expect(msg.text).toContain("王芳，您好：");
    expect(msg.text).toContain("到期时间：2026-03-02 14:30 (Asia/Shanghai)");
    expect(msg.text).toContain("带上新价目表");
    expect(msg.text).toContain(`在 Rapport 中打开：https://crm.example.com/customers/${c.id}`);
  });

  it("does not mail notifications already read, and keeps unsent ones when SMTP is down", async () => {
    const rep = await user("bob@test.example");
    const c = await seedCustomer(database.db, { ownerId: rep });
    await seedFollowUps(
      database.db,
      [1, 2].map(() => ({ customerId: c.id, assigneeId: rep, dueAt: new Date(Date.now() - HOUR) })),
    );
    await jobTick({ db: database.db, mailer: null, logger: silent, config })();
    await database.query(
      "update notifications set read_at = now() where id = (select id from notifications where user_id = $1 limit 1)",
      [rep],
    );
    const errors: unknown[] = [];
    const down = smtpMailer("smtp://127.0.0.1:1", "Rapport <rapport@test.example>");
    await jobTick({
      db: database.db,
      mailer: down,
      logger: { error: (o) => errors.push(o.err), info: () => {} },
      config,
    })();
    down.close();
    expect(errors.length).toBeGreaterThan(0);
    const pending = async () =>
      (
        await database.query<{ n: number }>(
          "select count(*)::int as n from notifications where user_id = $1 and emailed_at is null and read_at is null",
          [rep],
        )
      ).rows[0]!.n;
    expect(await pending()).toBe(1);
    const before = smtp.mails.length;
    const up = smtpMailer(smtp.url, "Rapport <rapport@test.example>");
    await jobTick({ db: database.db, mailer: up, logger: silent, config })();
    up.close();
    expect(await pending()).toBe(0);
    expect(smtp.mails.slice(before).filter((m) => m.to.includes("bob@test.example"))).toHaveLength(
      1,
    );
  });
});
