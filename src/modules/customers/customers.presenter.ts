import type { CustomerRow } from "./customers.repository.ts";
import type { CustomerOut } from "./customers.schema.ts";

export function presentCustomer(row: CustomerRow): CustomerOut {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    tier: row.tier,
    status: row.status,
    ownerId: row.ownerId,
    industry: row.industry,
    source: row.source,
    tags: row.tags,
    address: row.address,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    email: row.email,
    visitWindows: row.visitWindows ?? null,
    visitDurationMin: row.visitDurationMin,
    visitMinDays: row.visitMinDays,
    visitMaxDays: row.visitMaxDays,
    notes: row.notes,
    valueCents: row.valueCents,
    lastVisitedAt: row.lastVisitedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    version: row.version,
  };
}
