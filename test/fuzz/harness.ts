import { expect } from "vitest";
import { DATA_TABLES } from "../../src/db/testing.ts";
import { tinyJpeg } from "../../src/domain/files/image-fixtures.testing.ts";
import type { TestServer } from "../../src/http/testing.ts";
import { buildCustomer } from "../../src/modules/customers/customers.factory.ts";
import {
  example,
  FOREIGN_CONTENT_TYPES,
  fieldPaths,
  HOSTILE_BYTES,
  HOSTILE_JSON,
  HOSTILE_TEXT,
  type Ids,
  type OpenApi,
  type Operation,
  resolver,
  setAt,
} from "./schema-values.ts";

/**
 * The OpenAPI-driven fuzz test's engine: for every operation the server documents and every
 * body field, query parameter, path parameter and header it declares, hostile values — and
 * the server must never answer 5xx, never show its internals, and never keep anything from a
 * request it refused. New endpoints are covered because they are in the document.
 */
export type FuzzCase = {
  method: string;
  path: string;
  what: string;
  body?: unknown;
  headers: Record<string, string>;
};

/** Real records for path and body ids, so hostile values reach the services and the database. */
export async function seedRecords(s: TestServer): Promise<Ids> {
  const ok = async (method: string, path: string, body?: unknown) => {
    const res = await s.request(method, path, { body });
    expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300);
    return res.body as { id: string; token?: string };
  };
  const teamId = await s.team();
  const rep = await s.user({ role: "rep", teamId });
  const customer = await ok("POST", "/api/v1/customers", buildCustomer({ ownerId: rep.id }));
  const contact = await ok("POST", `/api/v1/customers/${customer.id}/contacts`, { name: "Fuzz" });
  const need = await ok("POST", `/api/v1/customers/${customer.id}/needs`, {
    type: "complaint",
    title: "Fuzz",
  });
  const followUp = await ok("POST", `/api/v1/customers/${customer.id}/follow-ups`, {
    kind: "call",
    dueAt: "2030-01-07T09:00:00Z",
    assigneeId: rep.id,
  });
  const communication = await ok("POST", `/api/v1/customers/${customer.id}/communications`, {
    channel: "phone",
    occurredAt: "2029-12-01T09:00:00Z",
    content: "Fuzz",
  });
  const visit = await ok("POST", "/api/v1/visits", {
    customerId: customer.id,
    repId: rep.id,
    plannedStart: "2030-01-07T09:00:00Z",
    plannedEnd: "2030-01-07T10:00:00Z",
  });
  // A visit in progress with a photo, so the photo's own routes read a real one.
  const start = Date.now();
  const current = await ok("POST", "/api/v1/visits", {
    customerId: customer.id,
    repId: rep.id,
    plannedStart: new Date(start).toISOString(),
    plannedEnd: new Date(start + 3600_000).toISOString(),
  });
  await ok("POST", `/api/v1/visits/${current.id}/check-in`, {});
  const photo = await s.request("POST", `/api/v1/visits/${current.id}/photos?stage=check_in`, {
    body: tinyJpeg(),
    headers: { "content-type": "image/jpeg" },
    as: rep.token,
  });
  expect(photo.status, photo.text).toBe(201);
  const token = await ok("POST", "/api/v1/auth/tokens", { name: "fuzz" });
  return {
    default: customer.id,
    "text:type": "complaint",
    customerId: customer.id,
    entityId: customer.id,
    contactId: contact.id,
    needId: need.id,
    followUpId: followUp.id,
    communicationId: communication.id,
    visitId: visit.id,
    ownerId: rep.id,
    assigneeId: rep.id,
    repId: rep.id,
    rep: rep.id,
    authorId: rep.id,
    managerId: rep.id,
    teamId,
    "/users/": rep.id,
    "/teams/": teamId,
    "/customers/": customer.id,
    "/contacts/": contact.id,
    "/needs/": need.id,
    "/follow-ups/": followUp.id,
    "/communications/": communication.id,
    "/visits/": visit.id,
    "/visit-photos/": photo.body.id,
    "/auth/tokens/": token.id,
  };
}

const NO_UUID = "00000000-0000-4000-8000-000000000000";

/** A lone surrogate has no UTF-8 form: a hostile client sends the bytes of one (CESU-8). */
function urlEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return Array.from(value, (ch) =>
      /[\ud800-\udfff]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch),
    ).join("");
  }
}

function pathWith(path: string, ids: Ids, values: Record<string, string> = {}) {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (values[name] !== undefined) return urlEncode(values[name]);
    if (name === "key") return "fuzz_type";
    if (name === "file") return "fuzz.ics";
    const prefix = Object.keys(ids).find((k) => k.startsWith("/") && path.includes(`${k}{`));
    return prefix ? ids[prefix]! : NO_UUID;
  });
}

/** Every hostile request for one operation. */
export function casesFor(
  doc: OpenApi,
  method: string,
  path: string,
  op: Operation,
  ids: Ids,
): FuzzCase[] {
  const resolve = resolver(doc);
  const params = op.parameters ?? [];
  const baseHeaders: Record<string, string> = {};
  if (params.some((p) => p.in === "header" && p.name === "if-match")) baseHeaders["if-match"] = "*";
  const validPath = pathWith(path, ids);
  const cases: FuzzCase[] = [];
  const bodySchema = op.requestBody?.content["application/json"]?.schema;
  const baseline = bodySchema ? example(bodySchema, resolve, ids) : undefined;

  if (bodySchema) {
    cases.push({
      method,
      path: validPath,
      what: "example body",
      body: baseline,
      headers: baseHeaders,
    });
    cases.push({
      method,
      path: validPath,
      what: "body: array",
      body: [baseline],
      headers: baseHeaders,
    });
    cases.push({
      method,
      path: validPath,
      what: "body: string",
      body: '"x"',
      headers: baseHeaders,
    });
    for (const field of fieldPaths(bodySchema, resolve)) {
      for (const [label, value] of HOSTILE_JSON) {
        cases.push({
          method,
          path: validPath,
          what: `body ${field.join(".")}: ${label}`,
          body: setAt(baseline, field, value),
          headers: baseHeaders,
        });
      }
    }
  }
  // Operations that take bytes (a photo) have no JSON schema to vary: they get hostile bytes
  // under every content type they declare, and image-like bytes under foreign types.
  const byteTypes = Object.keys(op.requestBody?.content ?? {}).filter(
    (t) => t !== "application/json",
  );
  for (const type of byteTypes) {
    for (const [label, bytes] of HOSTILE_BYTES) {
      cases.push({
        method,
        path: validPath,
        what: `bytes as ${type}: ${label}`,
        body: bytes,
        headers: { ...baseHeaders, "content-type": type },
      });
    }
  }
  if (byteTypes.length > 0) {
    for (const type of FOREIGN_CONTENT_TYPES) {
      cases.push({
        method,
        path: validPath,
        what: `bytes as ${type}`,
        body: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
        headers: { ...baseHeaders, "content-type": type },
      });
    }
  }
  for (const p of params) {
    for (const [label, value] of HOSTILE_TEXT) {
      const what = `${p.in} ${p.name}: ${label}`;
      if (p.in === "query") {
        const sep = validPath.includes("?") ? "&" : "?";
        cases.push({
          method,
          path: `${validPath}${sep}${encodeURIComponent(p.name)}=${urlEncode(value)}`,
          what,
          body: baseline,
          headers: baseHeaders,
        });
      } else if (p.in === "path") {
        cases.push({
          method,
          path: pathWith(path, ids, { [p.name]: value }),
          what,
          body: baseline,
          headers: baseHeaders,
        });
      } else if (/^[\x20-\x7e]*$/.test(value)) {
        // Headers carry visible ASCII only: fetch refuses anything else before sending.
        cases.push({
          method,
          path: validPath,
          what,
          body: baseline,
          headers: { ...baseHeaders, [p.name]: value },
        });
      }
    }
  }
  return cases;
}

/** Operations that end records or sessions go last, so the others still find theirs. */
export function operations(doc: OpenApi): [string, string, Operation][] {
  const ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(
      ([method, op]) => [method.toUpperCase(), path, op] as [string, string, Operation],
    ),
  );
  const last = (m: string, p: string) =>
    m === "DELETE" || /\/(cancel|publish|logout)$/.test(p) ? 1 : 0;
  return ops.sort((a, b) => last(a[0], a[1]) - last(b[0], b[1]));
}

const INTERNALS =
  /\bat \S+\.(ts|js):\d|node_modules|\/work\/|\bselect\b.+\bfrom\b|\binsert into\b|PGlite|drizzle/i;

/**
 * Sends the cases; returns how many were accepted (2xx). Fails on a 5xx, on internals in an
 * answer, and on a refused request that wrote: every write takes a transaction id, so a
 * refusal after which the next id moved is checked for data rows carrying the new ids.
 */
export async function runCases(s: TestServer, cases: FuzzCase[]): Promise<number> {
  const xmax = async () =>
    Number(
      (
        await s.database.query<{ x: string }>(
          "select pg_snapshot_xmax(pg_current_snapshot())::text as x",
        )
      ).rows[0]!.x,
    );
  const writtenSince = async (xid: number) =>
    (
      await s.database.query<{ t: string }>(
        DATA_TABLES.map((t) => `select '${t}' as t from ${t} where xmin::text::bigint >= $1`).join(
          " union all ",
        ),
        [xid],
      )
    ).rows.map((r) => r.t);
  let next = await xmax();
  let accepted = 0;
  for (const c of cases) {
    const before = next;
    const res = await s.request(c.method, c.path, { body: c.body, headers: c.headers });
    const label = `${c.method} ${c.path.slice(0, 120)} — ${c.what}`;
    expect(res.status, `${label}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
    expect(res.text, label).not.toMatch(INTERNALS);
    next = await xmax();
    if (res.status < 300) accepted++;
    else if (next !== before) {
      const tables = await writtenSince(before);
      expect(tables, `${label} was refused (${res.status}) but wrote`).toEqual([]);
    }
  }
  return accepted;
}
