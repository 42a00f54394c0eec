import { sql } from "drizzle-orm";
import type { Executor } from "./client.ts";

export type CustomerBulkRow = {
  id: string;
  kind: string;
  name: string;
  tier: string;
  status: string;
  ownerId: string | null;
  industry: string | null;
  source: string | null;
  tags: string[];
  address: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  visitWindows: unknown;
  visitDurationMin: number | null;
  valueCents: number | null;
  notes: string | null;
  /** From domain/text/customer-search (customerSearchFields), with the customer's contacts. */
  searchText: string;
  searchPinyin: string;
  sortKey: string;
  searchGrams: string[];
  searchVersion: number;
};

export type ContactBulkRow = {
  customerId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
  isPrimary: boolean;
};

const col = <T>(rows: T[], f: (r: T) => unknown) => sql.param(rows.map(f));
const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/**
 * Inserts many customers in one statement: one array parameter per column, expanded with
 * `unnest` (2–4× faster than multi-row VALUES, and no parameter-count limit). Ragged
 * text arrays travel as JSON and are unpacked in SQL.
 */
export async function bulkInsertCustomers(ex: Executor, rows: CustomerBulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into customers (id, kind, name, tier, status, owner_id, industry, source, tags, address,
      city, latitude, longitude, phone, email, visit_windows, visit_duration_min, value_cents, notes,
      search_text, search_pinyin, sort_key, search_grams, search_version)
    select id, kind, name, tier, status, owner_id, industry, source,
      array(select jsonb_array_elements_text(tags)), address, city, latitude, longitude, phone,
      email, visit_windows, visit_duration_min, value_cents, notes, search_text, search_pinyin, sort_key,
      array(select jsonb_array_elements_text(grams)), search_version
    from unnest(
      ${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.kind)}::text[],
      ${col(rows, (r) => r.name)}::text[], ${col(rows, (r) => r.tier)}::text[],
      ${col(rows, (r) => r.status)}::text[], ${col(rows, (r) => r.ownerId)}::uuid[],
      ${col(rows, (r) => r.industry)}::text[], ${col(rows, (r) => r.source)}::text[],
      ${col(rows, (r) => JSON.stringify(r.tags))}::jsonb[], ${col(rows, (r) => r.address)}::text[],
      ${col(rows, (r) => r.city)}::text[], ${col(rows, (r) => r.latitude)}::float8[],
      ${col(rows, (r) => r.longitude)}::float8[], ${col(rows, (r) => r.phone)}::text[],
      ${col(rows, (r) => r.email)}::text[], ${col(rows, (r) => json(r.visitWindows))}::jsonb[],
      ${col(rows, (r) => r.visitDurationMin)}::int[], ${col(rows, (r) => r.valueCents)}::int8[],
      ${col(rows, (r) => r.notes)}::text[], ${col(rows, (r) => r.searchText)}::text[],
      ${col(rows, (r) => r.searchPinyin)}::text[], ${col(rows, (r) => r.sortKey)}::text[],
      ${col(rows, (r) => JSON.stringify(r.searchGrams))}::jsonb[],
      ${col(rows, (r) => r.searchVersion)}::int2[]
    ) as t(id, kind, name, tier, status, owner_id, industry, source, tags, address, city, latitude,
      longitude, phone, email, visit_windows, visit_duration_min, value_cents, notes, search_text,
      search_pinyin, sort_key, grams, search_version)
  `);
}

export async function bulkInsertContacts(ex: Executor, rows: ContactBulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into contacts (customer_id, name, title, phone, email, wechat_id, is_primary)
    select * from unnest(
      ${col(rows, (r) => r.customerId)}::uuid[], ${col(rows, (r) => r.name)}::text[],
      ${col(rows, (r) => r.title)}::text[], ${col(rows, (r) => r.phone)}::text[],
      ${col(rows, (r) => r.email)}::text[], ${col(rows, (r) => r.wechatId)}::text[],
      ${col(rows, (r) => r.isPrimary)}::boolean[]
    )
  `);
}

export async function bulkInsertCommunications(
  ex: Executor,
  rows: {
    id: string;
    customerId: string;
    authorId: string | null;
    channel: string;
    direction: string;
    occurredAt: Date;
    durationMin: number | null;
    subject: string;
    content: string;
    outcome: string | null;
    nextStep: string | null;
    tokens: string[];
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into communications (id, customer_id, author_id, channel, direction, occurred_at,
      duration_min, subject, content, outcome, next_step, search_vector)
    select id, customer_id, author_id, channel, direction, occurred_at, duration_min, subject,
      content, outcome, next_step, array_to_tsvector(array(select jsonb_array_elements_text(tokens)))
    from unnest(
      ${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.customerId)}::uuid[],
      ${col(rows, (r) => r.authorId)}::uuid[], ${col(rows, (r) => r.channel)}::text[],
      ${col(rows, (r) => r.direction)}::text[], ${col(rows, (r) => r.occurredAt.toISOString())}::timestamptz[],
      ${col(rows, (r) => r.durationMin)}::int[], ${col(rows, (r) => r.subject)}::text[],
      ${col(rows, (r) => r.content)}::text[], ${col(rows, (r) => r.outcome)}::text[],
      ${col(rows, (r) => r.nextStep)}::text[], ${col(rows, (r) => JSON.stringify(r.tokens))}::jsonb[]
    ) as t(id, customer_id, author_id, channel, direction, occurred_at, duration_min, subject,
      content, outcome, next_step, tokens)
  `);
}

export async function bulkInsertNeeds(
  ex: Executor,
  rows: {
    id: string;
    customerId: string;
    type: string;
    title: string;
    detail: string | null;
    importance: number;
    urgency: string;
    status: string;
    ownerId: string | null;
    sourceCommunicationId: string | null;
    createdAt: Date;
    dueAt: Date;
    resolutionNote: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into needs (id, customer_id, type, title, detail, importance, urgency, status, owner_id,
      source_communication_id, created_at, updated_at, due_at, resolution_note, closed_at)
    select id, customer_id, type, title, detail, importance, urgency, status, owner_id, source,
      created_at, created_at, due_at, note, case when status in ('resolved', 'dropped') then due_at end
    from unnest(
      ${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.customerId)}::uuid[],
      ${col(rows, (r) => r.type)}::text[], ${col(rows, (r) => r.title)}::text[],
      ${col(rows, (r) => r.detail)}::text[], ${col(rows, (r) => r.importance)}::int[],
      ${col(rows, (r) => r.urgency)}::text[], ${col(rows, (r) => r.status)}::text[],
      ${col(rows, (r) => r.ownerId)}::uuid[], ${col(rows, (r) => r.sourceCommunicationId)}::uuid[],
      ${col(rows, (r) => r.createdAt.toISOString())}::timestamptz[],
      ${col(rows, (r) => r.dueAt.toISOString())}::timestamptz[], ${col(rows, (r) => r.resolutionNote)}::text[]
    ) as t(id, customer_id, type, title, detail, importance, urgency, status, owner_id, source,
      created_at, due_at, note)
  `);
  // Their history: created open, then (for those further along) the status they are in now.
  await ex.execute(sql`
    insert into need_status_changes (need_id, customer_id, from_status, to_status, actor_id, at)
    select id, customer_id, null, 'open', owner_id, created_at from needs
      where id = any(${col(rows, (r) => r.id)}::uuid[])
    union all
    select id, customer_id, case when status = 'in_progress' then 'open' else 'in_progress' end,
      status, owner_id, created_at + interval '1 day' from needs
      where id = any(${col(rows, (r) => r.id)}::uuid[]) and status <> 'open'
  `);
  await ex.execute(sql`
    insert into need_links (need_id, communication_id, relation)
    select id, source_communication_id, 'raised' from needs
      where id = any(${col(rows, (r) => r.id)}::uuid[]) and source_communication_id is not null
  `);
}

export async function bulkInsertFollowUps(
  ex: Executor,
  rows: {
    customerId: string;
    needId: string | null;
    assigneeId: string;
    kind: string;
    dueAt: Date;
    notes: string;
    status: string;
    completedAt: Date | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into follow_ups (customer_id, need_id, assignee_id, kind, due_at, notes, status, completed_at)
    select * from unnest(
      ${col(rows, (r) => r.customerId)}::uuid[], ${col(rows, (r) => r.needId)}::uuid[],
      ${col(rows, (r) => r.assigneeId)}::uuid[], ${col(rows, (r) => r.kind)}::text[],
      ${col(rows, (r) => r.dueAt.toISOString())}::timestamptz[], ${col(rows, (r) => r.notes)}::text[],
      ${col(rows, (r) => r.status)}::text[],
      ${col(rows, (r) => r.completedAt?.toISOString() ?? null)}::timestamptz[]
    )
  `);
}

export async function bulkInsertVisits(
  ex: Executor,
  rows: {
    customerId: string;
    repId: string;
    purpose: string;
    plannedStart: Date;
    plannedEnd: Date;
    status: string;
    locked: boolean;
    checkInAt: Date | null;
    checkOutAt: Date | null;
    distanceM: number | null;
    verification: string | null;
    result: string | null;
    resultScore: number | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  const ts = (d: Date | null) => d?.toISOString() ?? null;
  await ex.execute(sql`
    insert into visits (customer_id, rep_id, purpose, planned_start, planned_end, status, locked,
      check_in_at, check_out_at, check_in_distance_m, verification, result, result_score)
    select * from unnest(
      ${col(rows, (r) => r.customerId)}::uuid[], ${col(rows, (r) => r.repId)}::uuid[],
      ${col(rows, (r) => r.purpose)}::text[], ${col(rows, (r) => ts(r.plannedStart))}::timestamptz[],
      ${col(rows, (r) => ts(r.plannedEnd))}::timestamptz[], ${col(rows, (r) => r.status)}::text[],
      ${col(rows, (r) => r.locked)}::boolean[], ${col(rows, (r) => ts(r.checkInAt))}::timestamptz[],
      ${col(rows, (r) => ts(r.checkOutAt))}::timestamptz[], ${col(rows, (r) => r.distanceM)}::float8[],
      ${col(rows, (r) => r.verification)}::text[], ${col(rows, (r) => r.result)}::text[],
      ${col(rows, (r) => r.resultScore)}::int[]
    )
  `);
  // Completed visits set the customers' last-visit date, as the visits service would.
  await ex.execute(sql`
    update customers c set last_visited_at = v.last
    from (select customer_id, max(check_out_at) as last from visits
          where status = 'completed' and customer_id = any(${col(rows, (r) => r.customerId)}::uuid[])
          group by customer_id) v
    where c.id = v.customer_id
  `);
}
