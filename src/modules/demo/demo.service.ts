import { randomUUID } from "node:crypto";
import {
  bulkInsertCommunications,
  bulkInsertContacts,
  bulkInsertCustomers,
  bulkInsertFollowUps,
  bulkInsertNeeds,
  bulkInsertVisits,
  type ContactBulkRow,
  type CustomerBulkRow,
} from "../../db/bulk.ts";
import type { Db } from "../../db/client.ts";
import { hasHan } from "../../domain/text/cjk-grams.ts";
import { customerSearchFields } from "../../domain/text/customer-search.ts";
import { documentTokens } from "../../domain/text/search-tokens.ts";
import { hashPassword } from "../auth/secrets.ts";
import { countRows, ensureDemoAccounts } from "./demo.repository.ts";
import { DEMO_TEAMS, DEMO_USERS, demoCustomers } from "./demo-data.ts";
import { demoTimeline } from "./demo-timeline.ts";

const BATCH = 5_000;

/** Every demo account's password. Demo data only: README says so, and never use it for real. */
export const DEMO_PASSWORD = "rapport-demo";

export type SeedResult = { users: number; customers: number; contacts: number };

/**
 * Loads demo accounts (if missing) and `customers` more demo customers with their contacts.
 * Each batch commits on its own, so an interrupted seed leaves whole customers only.
 */
export async function seedDemo(
  db: Db,
  opts: {
    customers: number;
    seed: number;
    /** Also communications, needs and follow-ups for each customer (default true). */
    withHistory?: boolean;
    onProgress?: (done: number) => void;
  },
): Promise<SeedResult> {
  const accounts = await Promise.all(
    DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })),
  );
  const ids = await db.transaction((tx) => ensureDemoAccounts(tx, DEMO_TEAMS, accounts));
  const offset = (await countRows(db)).customers;
  let contacts = 0;
  for (let start = 0; start < opts.customers; start += BATCH) {
    const n = Math.min(BATCH, opts.customers - start);
    const batch = demoCustomers(n, opts.seed, offset + start);
    const customerRows: CustomerBulkRow[] = [];
    const contactRows: ContactBulkRow[] = [];
    for (const c of batch) {
      const id = randomUUID();
      const { contacts: people, ownerEmail, visitMinDays: _min, visitMaxDays: _max, ...rest } = c;
      customerRows.push({
        ...rest,
        id,
        ownerId: ids.get(ownerEmail) ?? null,
        ...customerSearchFields({ ...c, contacts: people }),
      });
      for (const p of people) contactRows.push({ ...p, customerId: id });
    }
    const history =
      opts.withHistory !== false
        ? demoTimeline(
            customerRows.map((r) => ({ id: r.id, ownerId: r.ownerId, chinese: hasHan(r.name) })),
            opts.seed + start,
          )
        : null;
    await db.transaction(async (tx) => {
      await bulkInsertCustomers(tx, customerRows);
      await bulkInsertContacts(tx, contactRows);
      if (history) {
        await bulkInsertCommunications(
          tx,
          history.comms.map((c) => ({ ...c, tokens: documentTokens(c.subject, c.content) })),
        );
        await bulkInsertNeeds(tx, history.needs);
        await bulkInsertFollowUps(tx, history.followUps);
        await bulkInsertVisits(tx, history.visits);
      }
    });
    contacts += contactRows.length;
    opts.onProgress?.(start + n);
  }
  return { users: ids.size, customers: opts.customers, contacts };
}

export async function isEmpty(db: Db): Promise<boolean> {
  const c = await countRows(db);
  return c.users === 0 && c.customers === 0;
}
