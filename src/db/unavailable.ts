/**
 * Whether an error means the database cannot be reached right now (refused, reset, timed
 * out, shutting down, out of connections) rather than that a query was wrong. Such a request
 * is worth retrying later: the HTTP layer answers 503 with Retry-After instead of 500.
 * Drizzle wraps driver errors, so the cause chain is followed.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);
/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention), and 53300. */
const SQLSTATE = /^(08\d{3}|57P0[1-4]|53300)$/;
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
];

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") return false;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
    e = cause;
  }
  return false;
}
