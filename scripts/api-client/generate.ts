import { compile, type JSONSchema } from "json-schema-to-typescript";

// Turns the server's OpenAPI 3.1 document into the `paths`/`components` types that
// openapi-fetch reads. openapi-typescript does this too, but it needs TypeScript 5's compiler
// API, which TypeScript 7 (native) no longer ships; json-schema-to-typescript needs none.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Parameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonObject> };
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const REF = "#/components/schemas/";

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Replaces `$ref`s by references to `components["schemas"][…]` so each schema stays inline. */
function inlineRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(inlineRefs);
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith(REF)) {
    return { tsType: `components["schemas"][${JSON.stringify(ref.slice(REF.length))}]` };
  }
  const out: JsonObject = {};
  // Validation keywords say nothing about the type; dropping them keeps the output stable.
  for (const [k, v] of Object.entries(node)) {
    if (k === "pattern" || k === "minimum" || k === "maximum" || k === "description") continue;
    out[k] = inlineRefs(v);
  }
  return out;
}

/** Compiles one schema to a type expression (json-schema-to-typescript emits declarations). */
async function typeOf(schema: JsonObject | undefined): Promise<string> {
  if (!schema) return "unknown";
  const source = await compile(inlineRefs(schema) as JSONSchema, "T", {
    bannerComment: "",
    additionalProperties: false,
    declareExternallyReferenced: true,
    format: false,
    strictIndexSignatures: true,
    unknownAny: true,
    ignoreMinAndMaxItems: true,
  });
  const decl = source.trim();
  const iface = /^export interface T (\{[\s\S]*\})$/.exec(decl);
  if (iface) return iface[1]!;
  const alias = /^export type T = ([\s\S]*?);?$/.exec(decl);
  if (alias) return alias[1]!;
  throw new Error(`unexpected declaration for schema: ${decl.slice(0, 200)}`);
}

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => (line ? by + line : line))
    .join("\n");
}

async function parametersType(params: Parameter[]): Promise<string> {
  const groups = ["query", "header", "path", "cookie"] as const;
  const lines: string[] = [];
  for (const where of groups) {
    const inGroup = params.filter((p) => p.in === where);
    if (inGroup.length === 0) {
      lines.push(`${where}?: never;`);
      continue;
    }
    const fields: string[] = [];
    for (const p of inGroup) {
      const optional = p.required ? "" : "?";
      fields.push(`${JSON.stringify(p.name)}${optional}: ${await typeOf(p.schema)};`);
    }
    const allOptional = inGroup.every((p) => !p.required);
    lines.push(`${where}${allOptional ? "?" : ""}: {\n${indent(fields.join("\n"), "  ")}\n};`);
  }
  return `{\n${indent(lines.join("\n"), "  ")}\n}`;
}

async function contentType(content: Record<string, { schema?: JsonObject }> | undefined) {
  if (!content || Object.keys(content).length === 0) return "never";
  const entries: string[] = [];
  for (const [media, body] of Object.entries(content).sort(([a], [b]) => a.localeCompare(b))) {
    entries.push(`${JSON.stringify(media)}: ${await typeOf(body.schema)};`);
  }
  return `{\n${indent(entries.join("\n"), "  ")}\n}`;
}

async function operationType(op: Operation): Promise<string> {
  const lines = [`parameters: ${await parametersType(op.parameters ?? [])};`];
  if (op.requestBody) {
    const optional = op.requestBody.required ? "" : "?";
    lines.push(
      `requestBody${optional}: {\n  content: ${indent(await contentType(op.requestBody.content), "  ").trimStart()};\n};`,
    );
  } else {
    lines.push("requestBody?: never;");
  }
  const responses: string[] = [];
  for (const [status, res] of Object.entries(op.responses ?? {})) {
    const content = await contentType(res.content);
    const body = content === "never" ? "content?: never;" : `content: ${content};`;
    responses.push(
      `${status}: {\n  headers: { [name: string]: unknown };\n${indent(body, "  ")}\n};`,
    );
  }
  lines.push(`responses: {\n${indent(responses.join("\n"), "  ")}\n};`);
  return `{\n${indent(lines.join("\n"), "  ")}\n}`;
}

/** The generated module's text; the same document always gives the same text. */
export async function generateClientTypes(doc: OpenApiDocument): Promise<string> {
  const out: string[] = [
    "// Generated from /api/openapi.json by `npm run gen:api`. Do not edit: CI fails when stale.",
    "",
    "export interface paths {",
  ];
  for (const path of Object.keys(doc.paths).sort()) {
    const item = doc.paths[path]!;
    out.push(`  ${JSON.stringify(path)}: {`);
    for (const method of METHODS) {
      const op = item[method];
      out.push(
        op ? indent(`${method}: ${await operationType(op)};`, "    ") : `    ${method}?: never;`,
      );
    }
    out.push("  };");
  }
  out.push("}", "", "export interface components {", "  schemas: {");
  const schemas = doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas).sort()) {
    out.push(indent(`${JSON.stringify(name)}: ${await typeOf(schemas[name])};`, "    "));
  }
  out.push("  };", "}", "");
  return out.join("\n");
}

/** Where the web app (and any script) imports the generated types from. */
export const CLIENT_TYPES_PATH = new URL("../../web/src/api/schema.gen.ts", import.meta.url)
  .pathname;
