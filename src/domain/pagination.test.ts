import { describe, expect, it } from "vitest";
import {
  cursorValue,
  decodeCursor,
  encodeCursor,
  parseCursor,
  readCursor,
  readStagedCursor,
  toPage,
} from "./pagination.ts";

const ID = "00000000-0000-4000-8000-000000000001";
const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

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

describe("cursor values", () => {
  it.each([
    ["an ISO timestamp", "2026-01-01T08:00:00+08:00", "timestamp", "2026-01-01T00:00:00.000Z"],
    ["microseconds", "2026-01-01T00:00:00.123456Z", "timestamp", "2026-01-01T00:00:00.123Z"],
    ["garbage for a timestamp", "garbage", "timestamp", null],
    ["a bare year (Date.parse accepts it)", "1", "timestamp", null],
    ["an impossible date", "2026-02-31T00:00:00Z", "timestamp", "2026-03-03T00:00:00.000Z"],
    ["a month 13", "2026-13-01T00:00:00Z", "timestamp", null],
    ["a number", 5, "timestamp", null],
    ["a name", "Bäckerei 华信", "text", "Bäckerei 华信"],
    ["NUL in text", "a\u0000", "text", null],
    ["a lone surrogate in text", "\ud800", "text", null],
    ["a very long text", "x".repeat(5000), "text", null],
  ] as const)("%s", (_label, value, kind, expected) => {
    expect(cursorValue(value, kind)).toBe(expected);
  });
});

describe("pages", () => {
  const rows = [1, 2, 3].map((n) => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    v: `v${n}`,
  }));
  it("cuts the extra row and points at the last kept one", () => {
    const page = toPage(rows, 2, "v", (r) => r.v);
    expect(page.items).toHaveLength(2);
    expect(readCursor(page.nextCursor!, "v", "text")).toEqual({ value: "v2", id: rows[1]!.id });
    expect(toPage(rows, 3, "v", (r) => r.v).nextCursor).toBeNull();
  });
  it("refuses a cursor for another sort, and passes no cursor through", () => {
    const c = toPage(rows, 1, "v", (r) => r.v).nextCursor!;
    expect(parseCursor(c, "other", "text")).toBeNull();
    expect(() => readCursor(c, "other", "text")).toThrow(/cursor/);
    expect(readCursor(undefined, "v", "text")).toBeUndefined();
  });
  it.each([
    ["a value that is no timestamp", ["dueAt", "garbage", ID]],
    ["an id that is no UUID", ["dueAt", "2026-01-01T00:00:00Z", "1; drop table x"]],
    ["a numeric value", ["dueAt", 12, ID]],
  ])("refuses a forged cursor: %s", (_label, parts) => {
    expect(parseCursor(forge(parts), "dueAt", "timestamp")).toBeNull();
  });
  it("reads a staged cursor as the stage it was made in", () => {
    const c = toPage(rows, 1, "name~rest", (r) => r.v).nextCursor!;
    expect(readStagedCursor(c, ["name~name", "name~rest"], "text")).toEqual({
      stage: "name~rest",
      position: { value: "v1", id: rows[0]!.id },
    });
    expect(readStagedCursor(undefined, ["name~name"], "text")).toBeUndefined();
    expect(() => readStagedCursor(c, ["name~name", "name~fuzzy"], "text")).toThrow(/cursor/);
  });
});
