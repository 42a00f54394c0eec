import { call, ifMatch, rapport } from "../../api/client.ts";
import { idempotencyHeader } from "../../api/idempotency.ts";
import type { components } from "../../api/schema.gen.ts";

export type Visit = components["schemas"]["Visit"];
export type DueCustomer = components["schemas"]["DueCustomer"];
export type VisitStatus = Visit["status"];
export type Verification = NonNullable<Visit["verification"]>;
export type CheckInBody = components["schemas"]["VisitCheckInInput"];
export type CheckOutBody = components["schemas"]["VisitCheckOutInput"];
export type VisitCreateBody = components["schemas"]["VisitCreateInput"];

/** Query keys of this area, so every view invalidates the same entries. */
export const visitKeys = {
  all: ["visits"] as const,
  list: (repId: string, from: string, to: string) => ["visits", "list", repId, from, to] as const,
  one: (id: string) => ["visits", "one", id] as const,
  due: (rep: string | null) => ["visits", "due", rep ?? "me"] as const,
};

export const visitsApi = {
  /** A rep's visits in [from, to), in planned order (the server sorts by plannedStart). */
  list: (q: { repId: string; from: string; to: string }) =>
    call(rapport.GET("/api/v1/visits", { params: { query: { ...q, limit: 100 } } })),
  get: (id: string) => call(rapport.GET("/api/v1/visits/{id}", { params: { path: { id } } })),
  due: (rep: string | null) =>
    call(
      rapport.GET("/api/v1/visits/due", {
        params: { query: { limit: 50, ...(rep ? { rep } : {}) } },
      }),
    ),
  create: (body: VisitCreateBody, key: string) =>
    call(rapport.POST("/api/v1/visits", { params: { header: idempotencyHeader(key) }, body })),
  checkIn: (id: string, body: CheckInBody) =>
    call(rapport.POST("/api/v1/visits/{id}/check-in", { params: { path: { id } }, body })),
  checkOut: (id: string, body: CheckOutBody) =>
    call(rapport.POST("/api/v1/visits/{id}/check-out", { params: { path: { id } }, body })),
  cancel: (id: string, version: number, reason: string) =>
    call(
      rapport.POST("/api/v1/visits/{id}/cancel", {
        params: { path: { id }, header: ifMatch(version) },
        body: { reason },
      }),
    ),
  customer: (id: string) =>
    call(rapport.GET("/api/v1/customers/{id}", { params: { path: { id } } })),
  users: () => call(rapport.GET("/api/v1/users")),
  /** Installation settings; the check-in radius is what "verified" means. */
  appConfig: () => call(rapport.GET("/api/v1/app-config")),
};
