/**
 * Reads the OpenAPI document the server publishes: valid example bodies built from the
 * schemas (so a hostile value in one field reaches the database, not only the validator),
 * the paths of every field, and the hostile values to put there. Deterministic: no random.
 */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  additionalProperties?: boolean | Schema;
};

export type Parameter = {
  name: string;
  in: "query" | "path" | "header";
  required?: boolean;
  schema?: Schema;
};
export type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** Ids of real records, by the name of the field or parameter that holds one. */
export type Ids = Record<string, string>;

export function resolver(doc: OpenApi) {
  return function resolve(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; s.$ref && i < 10; i++) {
      s = doc.components?.schemas?.[s.$ref.replace("#/components/schemas/", "")] ?? {};
    }
    return s;
  };
}

/** A value the validator accepts, as far as the schema alone can tell. */
export function example(
  schema: Schema,
  resolve: (s: Schema) => Schema,
  ids: Ids,
  name = "",
  depth = 0,
): unknown {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const pick = options.map(resolve).find((o) => o.type !== "null") ?? options[0]!;
    return example(pick, resolve, ids, name, depth);
  }
  if (s.allOf?.length) return example(s.allOf[0]!, resolve, ids, name, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      if (depth > 6) return out;
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key];
        if (prop) out[key] = example(prop, resolve, ids, key, depth + 1);
      }
      return out;
    }
    case "array":
      return Array.from({ length: s.minItems ?? 0 }, () =>
        example(s.items ?? {}, resolve, ids, name, depth + 1),
      );
    case "integer":
    case "number": {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(min, 1), s.maximum ?? Number.POSITIVE_INFINITY);
    }
    case "boolean":
      return false;
    case "string":
      return exampleString(s, ids, name);
    default:
      return null;
  }
}

function exampleString(s: Schema, ids: Ids, name: string): string {
  // Some text must name a real record too (a need's type): `text:<field>` in the ids.
  const named = ids[`text:${name}`];
  if (named !== undefined) return named;
  if (s.format === "uuid") return ids[name] ?? ids.default!;
  if (s.format === "date-time") return "2030-01-07T09:00:00Z";
  if (s.format === "date") return "2030-01-07";
  if (s.format === "email") return "fuzz@example.com";
  switch (s.pattern) {
    case "^([01]\\d|2[0-3]):[0-5]\\d$":
      return "09:00";
    case "^\\+?[0-9 ()\\-.]+$":
      return "+49 89 1234567";
    case "^[a-z][a-z0-9_]{1,39}$":
      return "fuzz_type";
    case "^[A-Za-z][-_A-Za-z0-9]{5,19}$":
      return "Europe-Berlin";
  }
  if (/time ?zone/i.test(name)) return "UTC";
  if (name === "until") return "2030-01-07T17:00:00Z";
  return "fuzz".padEnd(s.minLength ?? 1, "z");
}

/** Paths of every field in a body schema (nested objects, first array item), depth-capped. */
export function fieldPaths(
  schema: Schema,
  resolve: (s: Schema) => Schema,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  const s = resolve(schema);
  if (prefix.length > 3) return out;
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    for (const o of options) fieldPaths(o, resolve, prefix, out);
    return out;
  }
  if (s.properties) {
    for (const [key, prop] of Object.entries(s.properties)) {
      out.push([...prefix, key]);
      fieldPaths(prop, resolve, [...prefix, key], out);
    }
  } else if (s.items) {
    out.push([...prefix, 0]);
    fieldPaths(s.items, resolve, [...prefix, 0], out);
  }
  return out;
}

export function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const base =
    typeof head === "number"
      ? Array.isArray(target)
        ? [...target]
        : []
      : target && typeof target === "object" && !Array.isArray(target)
        ? { ...(target as Record<string, unknown>) }
        : {};
  (base as Record<string | number, unknown>)[head!] = setAt(
    (base as Record<string | number, unknown>)[head!],
    rest,
    value,
  );
  return base;
}

const LONG = "x".repeat(100_000);

/** What a hostile client puts in a JSON field. */
export const HOSTILE_JSON: [string, unknown][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "\ud800x"],
  ["100 KB string", LONG],
  ["empty string", ""],
  ["number", 12345],
  ["negative", -1],
  ["huge number", 1e308],
  ["null", null],
  ["boolean", true],
  ["array of long strings", [LONG, LONG]],
  ["object", { a: 1 }],
  ["far-future date", "9999-12-31T23:59:59Z"],
  ["date beyond JavaScript", "275760-09-14T00:00:00Z"],
];

/** What a hostile client puts in a query string, path segment or header. */
export const HOSTILE_TEXT: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "\ud800x"],
  ["10 KB string", "y".repeat(10_000)],
  ["empty", ""],
  ["negative", "-1"],
  ["huge number", "1e308"],
  ["beyond safe integers", "9007199254740995"],
  ["far-future date", "9999-12-31T23:59:59Z"],
  ["date beyond JavaScript", "275760-09-14"],
  ["impossible date", "2026-02-31"],
  ["quote", "' or 1=1 --"],
  ["path", "../../etc/passwd"],
];

/**
 * Hostile bodies for operations that take bytes (a photo upload) instead of JSON: things that
 * are not images, images cut short, and markup dressed as one. Sent under each content type
 * the operation declares, and under some it does not.
 */
export const HOSTILE_BYTES: [string, Uint8Array][] = [
  ["empty", new Uint8Array(0)],
  ["SVG with script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
  ["HTML", Buffer.from("<!doctype html><script>alert(1)</script>")],
  ["JPEG cut after its marker", Buffer.from([0xff, 0xd8])],
  ["PNG signature cut short", Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ["GIF", Buffer.from("GIF89a\u0001\u0000\u0001\u0000", "latin1")],
  ["NUL bytes", new Uint8Array(64)],
  ["JSON", Buffer.from('{"a":1}')],
];
export const FOREIGN_CONTENT_TYPES = ["application/json", "text/plain", "multipart/form-data"];
