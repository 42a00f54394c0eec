import type { Locale } from "./domain/locale.ts";

/**
 * Typed application errors. Services throw these; `http/problem.ts` maps the kind to an
 * HTTP status in one place. Callers branch on `code`, never on the message text.
 */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "precondition_failed"
  | "precondition_required"
  | "unprocessable"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable";

/**
 * One reason a request was refused. `params` carries the numbers the rule was judged by
 * (`{ distanceM: 3120, radiusM: 200 }`), so a client can say it in its own language rather
 * than show `message`, which is English.
 */
export type FieldIssue = {
  field: string;
  rule: string;
  message: string;
  params?: Record<string, number>;
};

export class AppError<Code extends string = string> extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: Code,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * A refusal worded for whoever reads it: `detailIn` gives the problem's `detail` in the
 * request's language (the English `message` stays for logs), and `members` adds problem members
 * — the refusal as data — that the route's error schema declares.
 */
export class ReaderError<Code extends string = string> extends AppError<Code> {
  constructor(
    kind: ErrorKind,
    code: Code,
    message: string,
    issues: FieldIssue[],
    readonly detailIn: (locale: Locale) => string,
    readonly members: Record<string, unknown> = {},
  ) {
    super(kind, code, message, issues);
  }
}

/** Too many attempts: the HTTP layer adds `Retry-After`. */
export class RateLimitedError extends AppError<"rate_limited"> {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", "rate_limited", "Too many attempts. Wait before trying again.");
  }
}

/** Shared codes; each module adds its own in `<module>.errors.ts`. */
export const CommonErrors = {
  validation: (issues: FieldIssue[]) =>
    new AppError("invalid", "validation_failed", "The request is not valid.", issues),
  invalidField: (field: string, rule: string, message: string) =>
    new AppError("invalid", "validation_failed", message, [{ field, rule, message }]),
  unprocessableField: (field: string, rule: string, message: string) =>
    new AppError("unprocessable", "validation_failed", message, [{ field, rule, message }]),
  versionMismatch: () =>
    new AppError(
      "precondition_failed",
      "version_mismatch",
      "The record changed since you read it (If-Match does not match its ETag). Reload and retry.",
    ),
  forbidden: (message: string) => new AppError("forbidden", "forbidden", message),
  invalidCursor: () =>
    new AppError("invalid", "validation_failed", "The cursor is not valid for this list.", [
      { field: "query.cursor", rule: "cursor", message: "Unknown, forged or mismatched cursor." },
    ]),
  ifMatchRequired: () =>
    new AppError(
      "precondition_required",
      "if_match_required",
      "This write needs an If-Match header holding the ETag you read.",
    ),
} as const;
