import { randomUUID } from "node:crypto";

/** A valid customer create body; tests override what they care about. */
export function buildCustomer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = randomUUID().slice(0, 8);
  return {
    kind: "company",
    name: `Test Company ${n}`,
    tier: "B",
    status: "active",
    city: "Munich",
    latitude: 48.137,
    longitude: 11.575,
    phone: "+49 89 1234567",
    email: `info-${n}@example.com`,
    tags: ["key-account"],
    visitWindows: { mon: [{ from: "09:00", to: "12:00" }] },
    visitDurationMin: 45,
    ...overrides,
  };
}
