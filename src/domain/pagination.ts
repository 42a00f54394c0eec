import { isUuid } from "./ids.ts";

/**
 * Opaque keyset cursors. A cursor carries the sort it was made for and the last row's
 * sort value and id; reusing it with another sort is refused rather than misread.
 */
export type CursorValue = string | number;
export type Cursor = { sort: string; value: CursorValue; id: string };

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

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 200;

/**
 * Reads a keyset cursor for a list sorted by `sort`: the decoded position, undefined without
 * a cursor, or null when the cursor is malformed or was made for another list.
 */
export function readCursor(
  raw: string | undefined,
  sort: string,
): { value: string; id: string } | undefined | null {
  if (raw === undefined) return undefined;
  const c = decodeCursor(raw);
  if (!c || c.sort !== sort || typeof c.value !== "string" || !isUuid(c.id)) return null;
  return { value: c.value, id: c.id };
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
