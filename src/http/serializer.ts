import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { z } from "zod";

/**
 * Response bodies are written by fast-json-stringify (fastify's own serialiser), compiled
 * once per response schema from the same zod schema that types the route and documents it.
 * Parsing every response with zod at run time cost about an eighth of a list request.
 *
 * What stays guaranteed: only properties the schema names are written (every object schema
 * is closed, so a column such as a password hash on a
 * row never leaks), and a required property that is missing is an error, as it was with
 * zod. What is no longer checked at run time: value rules (formats, lengths, patterns,
 * ranges). The presenters are typed against the schemas, so `tsc` checks those instead.
 */

type JsonSchema = { [key: string]: unknown };

/** Keywords the serialiser needs: the shape, and what tells union branches apart. */
const KEEP = new Set([
  "type",
  "properties",
  "required",
  "items",
  "prefixItems",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "allOf",
  "const",
  "enum",
  "nullable",
  "$ref",
  "definitions",
]);

const isSchema = (v: unknown): v is JsonSchema =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isNull = (s: unknown) => isSchema(s) && s.type === "null" && Object.keys(s).length === 1;

/**
 * Strips value rules, turns zod's `anyOf: [X, {type: "null"}]` into `X` + `nullable` (a
 * plain null check instead of a validator run per value), and closes every object.
 */
export function serializationSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializationSchema);
  if (!isSchema(schema)) return schema;
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (union) {
    const rest = union.filter((s) => !isNull(s));
    if (rest.length === 1 && rest.length < union.length) {
      const only = serializationSchema(rest[0]) as JsonSchema;
      // Union branches are picked by validating the value, and a validator reads `nullable`
      // with `enum` as still requiring one of the values: null must be among them.
      const values =
        Array.isArray(only.enum) && !only.enum.includes(null) ? [...only.enum, null] : only.enum;
      return values ? { ...only, enum: values, nullable: true } : { ...only, nullable: true };
    }
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue;
    if (key === "properties" || key === "definitions") {
      out[key] = Object.fromEntries(
        Object.entries(value as JsonSchema).map(([k, v]) => [k, serializationSchema(v)]),
      );
    } else if (key === "const" || key === "enum" || key === "required" || key === "type") {
      out[key] = value;
    } else {
      out[key] = serializationSchema(value);
    }
  }
  // An object with named properties writes those and nothing else: fast-json-stringify
  // ignores unknown properties unless additionalProperties allows them, so it goes (a
  // loose object's `{}` included). Left unset rather than `false`, because union branches
  // are chosen by validating the value, and a stray property must not make all fail.
  // Only a record (no named properties) keeps its value schema.
  if (out.properties !== undefined) delete out.additionalProperties;
  return out;
}

/** The JSON Schema zod produces for a response, as the serialiser sees it. */
export function responseJsonSchema(schema: z.ZodType): unknown {
  const json = z.toJSONSchema(schema, {
    target: "draft-07",
    io: "output",
    unrepresentable: "any",
    reused: "inline",
    cycles: "ref",
    // An empty registry: schemas with an OpenAPI id are inlined rather than referenced.
    metadata: z.registry<{ id?: string }>(),
  });
  return serializationSchema(json);
}

type Serialize = (data: unknown) => string;

// One compiled function per schema object: problemSchema alone answers on every route.
const compiled = new WeakMap<object, Serialize>();

function compile(schema: unknown): Serialize {
  if (!(schema instanceof z.ZodType)) {
    // A plain JSON Schema (none today), compiled as fastify itself would.
    return fastJson(schema as Parameters<typeof fastJson>[0]) as Serialize;
  }
  let fn = compiled.get(schema);
  if (!fn) {
    fn = fastJson(responseJsonSchema(schema) as Parameters<typeof fastJson>[0]) as Serialize;
    compiled.set(schema, fn);
  }
  return fn;
}

/**
 * Compiled on first use, not at start: a server has a few hundred response schemas and most
 * test servers answer a handful of them, so start-up stays as quick as it was with zod.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  let fn: Serialize | null = null;
  return (data: unknown) => {
    fn ??= compile(schema);
    return fn(data);
  };
};
