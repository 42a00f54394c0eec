import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { UNSAFE_TEXT_MESSAGES as MESSAGES, unsafeTextRule } from "../domain/text/safe-text.ts";
import { CommonErrors, type FieldIssue } from "../errors.ts";

/**
 * Text that PostgreSQL cannot store faithfully (domain/text/safe-text.ts) is refused before
 * any route sees it. One hook covers every body, query and path string of every route, keys
 * included, so a new endpoint is safe without anyone remembering a rule.
 */
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
