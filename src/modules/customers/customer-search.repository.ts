import { and, asc, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { contacts } from "../../db/schema/contacts.ts";
import { customers } from "../../db/schema/customers.ts";
import {
  CUSTOMER_SEARCH_VERSION,
  type CustomerSearchFields,
  type CustomerSearchSource,
} from "../../domain/text/customer-search.ts";

/**
 * What the search fields of these customers are computed from: the customer's own fields and
 * its live contacts. The customer rows are locked first (FOR NO KEY UPDATE, which still lets
 * contacts be inserted under them): two transactions refreshing one customer then run one
 * after the other, and the second reads the contacts the first committed.
 */
export async function lockSearchSources(
  ex: Executor,
  ids: string[],
): Promise<Map<string, CustomerSearchSource>> {
  const out = new Map<string, CustomerSearchSource>();
  if (ids.length === 0) return out;
  const rows = await ex
    .select({
      id: customers.id,
      kind: customers.kind,
      name: customers.name,
      city: customers.city,
      email: customers.email,
      phone: customers.phone,
    })
    .from(customers)
    .where(inArray(customers.id, ids))
    .orderBy(asc(customers.id))
    .for("no key update");
  for (const { id, ...r } of rows) out.set(id, { ...r, contacts: [] });
  const people = await ex
    .select({
      customerId: contacts.customerId,
      name: contacts.name,
      email: contacts.email,
      phone: contacts.phone,
    })
    .from(contacts)
    .where(and(inArray(contacts.customerId, ids), isNull(contacts.deletedAt)))
    .orderBy(asc(contacts.customerId), asc(contacts.name), asc(contacts.id));
  for (const { customerId, ...p } of people) out.get(customerId)?.contacts.push(p);
  return out;
}

/** Writes derived search fields only: no version bump, no updated_at (nothing the user changed). */
export async function writeSearchFields(
  ex: Executor,
  rows: ({ id: string } & CustomerSearchFields)[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await ex.execute(sql`
    update customers c set search_text = t.search_text, search_pinyin = t.search_pinyin,
      sort_key = t.sort_key,
      search_grams = array(select jsonb_array_elements_text(t.grams)),
      search_version = t.search_version
    from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.searchText)}::text[],
      ${col((r) => r.searchPinyin)}::text[], ${col((r) => r.sortKey)}::text[], ${col((r) => JSON.stringify(r.searchGrams))}::jsonb[],
      ${col((r) => r.searchVersion)}::int2[])
      as t(id, search_text, search_pinyin, sort_key, grams, search_version)
    where c.id = t.id`);
}

/** Up to `limit` customers written under an older search composition (a partial index serves it). */
export async function staleSearchIds(ex: Executor, limit: number): Promise<string[]> {
  const rows = await ex
    .select({ id: customers.id })
    .from(customers)
    .where(lt(customers.searchVersion, CUSTOMER_SEARCH_VERSION))
    .orderBy(asc(customers.id))
    .limit(limit);
  return rows.map((r) => r.id);
}
