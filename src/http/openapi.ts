import { jsonSchemaTransformObject } from "fastify-type-provider-zod";

/**
 * The last pass over the OpenAPI document, so that it says what the server does: errors are
 * `application/problem+json`; ETag, Location and Retry-After are documented where they are
 * sent.
 */
type Json = Record<string, unknown>;
type Response = { description?: string; content?: Record<string, unknown>; headers?: Json };
type Operation = {
  responses?: Record<string, Response>;
  parameters?: { in: string; name: string }[];
};

const ETAG = {
  description: 'The version of the record, e.g. "3": send it back in If-Match to change it.',
  schema: { type: "string" },
};
const LOCATION = { description: "Where the created record lives.", schema: { type: "string" } };
const RETRY_AFTER = {
  description: "Seconds to wait before retrying.",
  schema: { type: "integer" },
};

function hasVersion(content: Record<string, unknown> | undefined, doc: Json): boolean {
  const schema = (content?.["application/json"] as { schema?: Json } | undefined)?.schema;
  if (!schema) return false;
  const ref = schema.$ref as string | undefined;
  const resolved = ref
    ? ((doc.components as Json | undefined)?.schemas as Record<string, Json> | undefined)?.[
        ref.replace("#/components/schemas/", "")
      ]
    : schema;
  const properties = resolved?.properties as Json | undefined;
  return Boolean(properties?.version);
}

/** Bearer tokens and the session cookie: given to @fastify/swagger, which checks routes against them. */
export const securitySchemes = {
  bearer: {
    type: "http",
    scheme: "bearer",
    description: "An API token (`rapport token create`, or Settings → API tokens): rpt_…",
  },
  cookie: {
    type: "apiKey",
    in: "cookie",
    name: "rapport_session",
    description: "The web app's session; writes also need the X-CSRF-Token header.",
  },
} as const;

export function finishDocument(doc: Json): Json {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const byMethod of Object.values(paths)) {
    for (const op of Object.values(byMethod)) {
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        const status = Number(code);
        if (status >= 400 && response.content?.["application/json"]) {
          response.content = { "application/problem+json": response.content["application/json"] };
        }
        if (status >= 200 && status < 300 && hasVersion(response.content, doc)) {
          response.headers = { ...response.headers, ETag: ETAG };
        }
        // Creates made with the route kit's create() (they take an Idempotency-Key) send Location.
        const kitCreate = op.parameters?.some(
          (p) => p.in === "header" && p.name === "idempotency-key",
        );
        if (status === 201 && kitCreate)
          response.headers = { ...response.headers, Location: LOCATION };
        if (status === 503 || status === 429) {
          response.headers = { ...response.headers, "Retry-After": RETRY_AFTER };
        }
      }
    }
  }
  return doc;
}

type TransformObject = typeof jsonSchemaTransformObject;
export const transformDocument: TransformObject = (input) =>
  finishDocument(jsonSchemaTransformObject(input) as Json) as ReturnType<TransformObject>;
