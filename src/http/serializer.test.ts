import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemSchema } from "../modules/common/fields.ts";
import { userSchema } from "../modules/users/users.schema.ts";
import { responseJsonSchema, serializerCompiler } from "./serializer.ts";

const compile = (schema: unknown) =>
  serializerCompiler({ schema, method: "GET", url: "/x", httpStatus: "200" });

/** What the zod serialiser this replaced wrote: encode with zod, then JSON.stringify. */
const viaZod = (schema: z.ZodType, data: unknown) => JSON.stringify(z.encode(schema, data));

const user = {
  id: "0b7e5f0e-3f51-4c53-9a55-8d1b2f2a4c11",
  email: "ann@example.com",
  name: "Ann \u201cquoted\u201d \\ \n line",
  role: "rep",
  teamId: null,
  locale: "zh-CN",
  timeZone: "Asia/Shanghai",
  mapApp: null,
  homeAddress: null,
  homeLat: 31.2,
  homeLon: null,
  workingHours: { mon: [{ from: "09:00", to: "12:00" }], sat: [] },
  active: true,
  createdAt: "2026-01-02T03:04:05.000Z",
  updatedAt: "2026-01-02T03:04:05.000Z",
  version: 3,
} as const;

describe("compiled response serialisers", () => {
  it("writes what zod wrote for a real schema, nulls and nested windows included", () => {
    expect(compile(userSchema)(user)).toBe(viaZod(userSchema, user));
  });

  it("never writes a property the schema does not name, at any depth", () => {
    const row = {
      ...user,
      passwordHash: "$argon2id$v=19$secret",
      workingHours: { mon: [{ from: "09:00", to: "12:00", internal: 1 }], sat: [], secret: "x" },
    };
    const out = compile(userSchema)(row);
    expect(out).not.toContain("argon2id");
    expect(out).not.toContain("passwordHash");
    expect(out).not.toContain("internal");
    expect(out).not.toContain("secret");
    expect(JSON.parse(out)).toEqual(JSON.parse(viaZod(userSchema, user)));
  });

  it("closes loose objects too: no object writes properties it does not name", () => {
    const loose = z.looseObject({ a: z.string(), inner: z.looseObject({ b: z.number() }) });
    expect(compile(loose)({ a: "x", leak: 1, inner: { b: 2, leak: 3 } })).toBe(
      '{"a":"x","inner":{"b":2}}',
    );
  });

  it("refuses a response that lacks a required property, as zod did", () => {
    const { version: _v, ...partial } = user;
    expect(() => compile(userSchema)(partial)).toThrow(/version/);
  });

  it("omits optional properties left undefined, and writes problem details", () => {
    const body = { type: "urn:x", title: "Bad Request", status: 400, code: "invalid", detail: "d" };
    expect(compile(problemSchema)(body)).toBe(viaZod(problemSchema, body));
    const withIssues = {
      ...body,
      field: "name",
      rule: "too_big",
      errors: [{ field: "name", rule: "too_big", message: "m", stack: "at x.ts:1" }],
    };
    const out = compile(problemSchema)(withIssues);
    expect(out).not.toContain("stack");
    expect(JSON.parse(out)).toMatchObject({ errors: [{ field: "name", message: "m" }] });
  });

  it("picks the branch of a discriminated union by its key and drops other branches' fields", () => {
    const entry = z.discriminatedUnion("type", [
      z.object({ type: z.literal("a"), at: z.string(), a: z.object({ n: z.number() }) }),
      z.object({ type: z.literal("b"), at: z.string(), b: z.object({ s: z.string().nullable() }) }),
    ]);
    const list = z.object({ items: z.array(entry), nextCursor: z.string().nullable() });
    const page = {
      items: [
        { type: "b", at: "t1", b: { s: null }, a: { n: 1 } },
        { type: "a", at: "t2", a: { n: 2 } },
      ],
      nextCursor: null,
    };
    const out = compile(list)(page);
    expect(JSON.parse(out)).toEqual({
      items: [
        { type: "b", at: "t1", b: { s: null } },
        { type: "a", at: "t2", a: { n: 2 } },
      ],
      nextCursor: null,
    });
  });

  it("writes records with their keys, arrays, unknown values and nullable objects", () => {
    const schema = z.object({
      counts: z.record(z.string(), z.number()),
      anything: z.unknown(),
      windows: z.object({ from: z.string() }).nullable(),
      tags: z.array(z.string()),
    });
    const data = {
      counts: { open: 2, done: 0 },
      anything: { x: [1, null] },
      windows: null,
      tags: [],
    };
    expect(compile(schema)(data)).toBe(viaZod(schema, data));
  });

  it("keeps only the shape: value rules are gone from the serialiser's schema", () => {
    const json = JSON.stringify(responseJsonSchema(userSchema));
    expect(json).not.toMatch(/"(pattern|format|minLength|maxLength|minimum|maximum)"/);
    expect(json).not.toContain("anyOf");
  });
});

describe("nullable enums inside a union", () => {
  it("writes a union branch whose nullable enum is null (a planned visit's verification)", () => {
    const schema = z.discriminatedUnion("type", [
      z.object({ type: z.literal("a"), state: z.enum(["x", "y"]).nullable() }),
      z.object({ type: z.literal("b"), n: z.number() }),
    ]);
    const serialize = serializerCompiler({ schema, method: "GET", url: "/", httpStatus: "200" });
    expect(JSON.parse(serialize({ type: "a", state: null }))).toEqual({ type: "a", state: null });
    expect(JSON.parse(serialize({ type: "a", state: "y" }))).toEqual({ type: "a", state: "y" });
  });
});
