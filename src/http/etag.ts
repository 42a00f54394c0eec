import type { FastifyRequest } from "fastify";
import { CommonErrors } from "../errors.ts";

export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * Reads If-Match for a write. Missing → 428; `*` → any version (null); otherwise the
 * version number. A malformed or weak tag cannot match a strong version: 412.
 */
export function requireIfMatch(request: FastifyRequest): number | null {
  const header = request.headers["if-match"];
  if (header === undefined || header === "") throw CommonErrors.ifMatchRequired();
  const value = Array.isArray(header) ? header.join(",") : header;
  if (value.trim() === "*") return null;
  const match = /^\s*"(\d{1,9})"\s*$/.exec(value);
  if (!match) throw CommonErrors.versionMismatch();
  return Number(match[1]);
}
