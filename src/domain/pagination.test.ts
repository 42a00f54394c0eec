import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, readCursor, toPage } from "./pagination.ts";

describe("cursor codec", () => {
  it("round-trips", () => {
    const c = { sort: "-updatedAt", value: "2026-01-01T00:00:00.000Z", id: "x" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
  it.each(["", "not-base64!", Buffer.from("[1,2]").toString("base64url"), "e30"])(
    "rejects %j",
    (raw) => {
      expect(decodeCursor(raw)).toBeNull();
    },
  );
});

describe("pages", () => {
  const rows = [1, 2, 3].map((n) => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    v: `v${n}`,
  }));
  it("cuts the extra row and points at the last kept one", () => {
    const page = toPage(rows, 2, "v", (r) => r.v);
    expect(page.items).toHaveLength(2);
    expect(readCursor(page.nextCursor!, "v")).toEqual({ value: "v2", id: rows[1]!.id });
    expect(toPage(rows, 3, "v", (r) => r.v).nextCursor).toBeNull();
  });
  it("refuses a cursor for another sort, and passes no cursor through", () => {
    const c = toPage(rows, 1, "v", (r) => r.v).nextCursor!;
    expect(readCursor(c, "other")).toBeNull();
    expect(readCursor(undefined, "v")).toBeUndefined();
  });
});
