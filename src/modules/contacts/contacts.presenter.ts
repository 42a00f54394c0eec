import type { ContactRow } from "./contacts.repository.ts";
import type { ContactOut } from "./contacts.schema.ts";

export function presentContact(row: ContactRow): ContactOut {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    wechatId: row.wechatId,
    isPrimary: row.isPrimary,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    version: row.version,
  };
}
