import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { CommonErrors, type FieldIssue } from "../errors.ts";

/**
 * Text that PostgreSQL cannot store faithfully is refused before any route sees it:
 * U+0000 (PostgreSQL text cannot hold it — the driver fails mid-query) and unpaired UTF-16
 * surrogates (`"\ud800x"` is valid JSON, but has no UTF-8 form: the driver would store U+FFFD,
 * so what is kept would differ from what was sent). One hook covers every body, query and path
 * string of every route, keys included, so a new endpoint is safe without remembering a rule.
 */
const NUL = "\u0000";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MESSAGES = {
  nul_character: "Text may not contain the NUL character (U+0000).",
  unpaired_surrogate: "Text contains an unpaired UTF-16 surrogate; send valid Unicode.",
} as const;

/** The rule a string breaks, or null when PostgreSQL can store it as sent. */
export function unsafeTextRule(value: string): keyof typeof MESSAGES | null {
  if (value.includes(NUL)) return "nul_character";
  if (LONE_SURROGATE.test(value)) return "unpaired_surrogate";
  return null;
}

const MAX_ISSUES = 20;

/** Collects the unsafe strings in a parsed JSON value (or query/params object), with paths. */
export function unsafeTextIssues(value: unknown, path: string[], out: FieldIssue[] = []) {
  if (out.length >= MAX_ISSUES) return out;
  if (typeof value === "string") {
    const rule = unsafeTextRule(value);
    if (rule) out.push({ field: path.join(".") || "body", rule, message: MESSAGES[rule] });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) unsafeTextIssues(item, [...path, String(i)], out);
  } else if (value !== null && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const rule = unsafeTextRule(key);
      if (rule) out.push({ field: [...path, key].join("."), rule, message: MESSAGES[rule] });
      unsafeTextIssues(item, [...path, key], out);
    }
  }
  return out;
}

/** Field names follow the validation errors': body fields bare, `query.x`, `params.x`. */
function check(request: FastifyRequest) {
  const issues = unsafeTextIssues(request.body, []);
  unsafeTextIssues(request.query, ["query"], issues);
  unsafeTextIssues(request.params, ["params"], issues);
  if (issues.length > 0) throw CommonErrors.validation(issues);
}

async function inputSafety(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => check(request));
}

export const safeInput = fp(inputSafety, { name: "rapport-input-safety" });
