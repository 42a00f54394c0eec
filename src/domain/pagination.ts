import { CommonErrors } from "../errors.ts";
import { isUuid } from "./ids.ts";
import { unsafeTextRule } from "./text/safe-text.ts";

/**
 * Opaque keyset cursors. A cursor carries the sort it was made for and the last row's
 * sort value and id; reusing it with another sort is refused rather than misread.
 * A cursor comes back from the client, so everything in it is checked before it reaches
 * a query: the value must be of the sort's kind (an ISO timestamp, or storable text) and
 * the id a UUID — a forged cursor is a 400, never a database error.
 */
export type CursorValue = string | number;
export type Cursor = { sort: string; value: CursorValue; id: string };
/** What a list is sorted by: a point in time, or text such as a name. */
export type CursorKind = "timestamp" | "text";
export type CursorPosition = { value: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString("base64url");
}

/** Returns null for anything that is not a cursor this server made. */
export function decodeCursor(raw: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [sort, value, id] = parsed as unknown[];
    if (typeof sort !== "string" || typeof id !== "string") return null;
    if (typeof value !== "string" && typeof value !== "number") return null;
    return { sort, value, id };
  } catch {
    return null;
  }
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const MAX_TEXT = 1000;

/**
 * A cursor's sort value as the query may use it, or null. Timestamps come back normalised
 * (`toISOString`), so that what reaches the database is a value JavaScript itself wrote.
 */
export function cursorValue(value: unknown, kind: CursorKind): string | null {
  if (typeof value !== "string" || value.length > MAX_TEXT || unsafeTextRule(value)) return null;
  if (kind === "text") return value;
  if (!ISO_TIMESTAMP.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 200;

/**
 * Reads a keyset cursor for a list sorted by `sort`: the position, or null when the cursor
 * is malformed, forged or was made for another list.
 */
export function parseCursor(raw: string, sort: string, kind: CursorKind): CursorPosition | null {
  const c = decodeCursor(raw);
  if (!c || c.sort !== sort || !isUuid(c.id)) return null;
  const value = cursorValue(c.value, kind);
  return value === null ? null : { value, id: c.id };
}

/** The position to continue after: undefined without a cursor; a bad cursor is a 400. */
export function readCursor(
  raw: string | undefined,
  sort: string,
  kind: CursorKind,
): CursorPosition | undefined {
  if (raw === undefined) return undefined;
  const position = parseCursor(raw, sort, kind);
  if (!position) throw CommonErrors.invalidCursor();
  return position;
}

/**
 * Reads a cursor of a list that pages through stages, each sorted on its own (a search's name
 * matches, then the rest): the stage the cursor was made in, named by its sort, and the
 * position. Undefined without a cursor; a cursor of no listed stage is a 400.
 */
export function readStagedCursor(
  raw: string | undefined,
  stages: readonly string[],
  kind: CursorKind,
): { stage: string; position: CursorPosition } | undefined {
  if (raw === undefined) return undefined;
  for (const stage of stages) {
    const position = parseCursor(raw, stage, kind);
    if (position) return { stage, position };
  }
  throw CommonErrors.invalidCursor();
}

/**
 * Turns `limit + 1` fetched rows into a page: the first `limit` rows and, when there were
 * more, the cursor of the last one.
 */
export function toPage<T extends { id: string }>(
  rows: T[],
  limit: number,
  sort: string,
  cursorValue: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ sort, value: cursorValue(last), id: last.id })
        : null,
  };
}
