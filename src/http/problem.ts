import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { AppError, type ErrorKind, type FieldIssue, ReaderError } from "../errors.ts";
import { readerOf } from "./reader.ts";

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  precondition_required: 428,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  rule?: string;
  errors?: FieldIssue[];
};

export function problem(status: number, code: string, detail: string, issues: FieldIssue[] = []) {
  const body: Problem = {
    type: `urn:rapport:problem:${code}`,
    title: TITLES[status] ?? "Error",
    status,
    code,
    detail,
  };
  const first = issues[0];
  if (first) {
    body.field = first.field;
    body.rule = first.rule;
    body.errors = issues;
  }
  return body;
}

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_UNAVAILABLE_S = 5;

export function sendProblem(reply: FastifyReply, body: Problem) {
  if (body.status === 503 && !reply.hasHeader("retry-after")) {
    reply.header("retry-after", String(RETRY_AFTER_UNAVAILABLE_S));
  }
  return reply.status(body.status).type("application/problem+json").send(body);
}

type ZodLikeIssue = { path: PropertyKey[]; code: string; message: string; keys?: string[] };

function zodIssues(prefix: string, issues: ZodLikeIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.keys) {
      for (const key of issue.keys) {
        out.push({
          field: base ? `${base}.${key}` : key,
          rule: "unknown_field",
          message: `Unknown field "${key}".`,
        });
      }
      continue;
    }
    // An issue with the whole body (wrong type, missing) names the body, as input-safety does.
    out.push({ field: base || prefix || "body", rule: issue.code, message: issue.message });
  }
  return out;
}

/**
 * The one error handler: every failure leaves as RFC 9457 problem+json with a stable code.
 * Unknown errors are logged and answered with a generic 500: no stack, SQL or path leaks.
 */
export function toProblem(err: unknown, request: FastifyRequest): Problem {
  if (err instanceof ReaderError) {
    const body = problem(STATUS[err.kind], err.code, err.message, err.issues);
    return { ...body, ...err.members, detail: err.detailIn(readerOf(request).locale) };
  }
  if (err instanceof AppError) {
    return problem(STATUS[err.kind], err.code, err.message, err.issues);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? "body";
    const prefix = where === "body" ? "" : where === "querystring" ? "query" : where;
    const issues = err.validation.flatMap((v) => {
      const params = v.params as {
        keys?: string[];
        format?: string;
        params?: { rule?: string };
      };
      const format =
        params.format === "regex" ? "pattern" : params.format && `format:${params.format}`;
      const code = params.params?.rule ?? format ?? v.keyword;
      return zodIssues(prefix, [
        {
          path: v.instancePath.split("/").filter(Boolean),
          code,
          message: v.message ?? "Invalid value.",
          keys: v.keyword === "unrecognized_keys" ? params.keys : undefined,
        },
      ]);
    });
    return problem(400, "validation_failed", "The request is not valid.", issues);
  }
  const fe = err as Partial<FastifyError>;
  switch (fe.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return problem(413, "body_too_large", "The request body is larger than the server accepts.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return problem(415, "unsupported_media_type", "Send the body as application/json.");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return problem(400, "malformed_json", "The body is empty but JSON was declared.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return problem(400, "malformed_json", "The body is not valid JSON.");
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ err }, "database unavailable");
    return problem(
      503,
      "database_unavailable",
      "The database cannot be reached right now. Retry in a few seconds.",
    );
  }
  if (err instanceof SyntaxError && fe.statusCode === 400) {
    return problem(400, "malformed_json", "The body is not valid JSON.");
  }
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem(fe.statusCode, "bad_request", "The request could not be processed.");
  }
  request.log.error({ err }, "unhandled error");
  return problem(500, "internal", "Something went wrong on the server. It has been logged.");
}
