import type { AuditEventRow } from "./audit.repository.ts";

export function presentAuditEvent(row: AuditEventRow) {
  return { ...row, at: row.at.toISOString() };
}
