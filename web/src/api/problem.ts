/** An RFC 9457 problem as the Rapport API sends it (see docs/api.md, "Errors"). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  field?: string;
  rule?: string;
  /** `params`: the numbers a rule was judged by (e.g. `{ distanceM, radiusM }`), to word it. */
  errors?: { field: string; rule?: string; message: string; params?: Record<string, number> }[];
}

/** Thrown by the fetch helpers for any non-2xx answer, so callers can branch on `code`. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = "ApiError";
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

/**
 * Maps a problem's `errors` onto form fields: the first message per field wins, matching the
 * order the server reports them. Query/path prefixes are kept because forms never use them.
 */
export function fieldErrors(
  error: unknown,
  /** Rewords one issue (e.g. into the UI's language); the server's message when absent. */
  translate?: (issue: { field: string; rule?: string; message: string }) => string,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.problem.errors ?? []) {
    if (e.field && out[e.field] === undefined) out[e.field] = translate ? translate(e) : e.message;
  }
  return out;
}

/** Message for the form as a whole: only when no field-level message explains the failure. */
export function formError(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError) {
    if ((error.problem.errors ?? []).length > 0) return null;
    return error.problem.detail ?? error.problem.title ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
