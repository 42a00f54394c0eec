import { call, rapport } from "../../api/client.ts";
import { idempotencyHeader } from "../../api/idempotency.ts";
import type { components } from "../../api/schema.gen.ts";

export type VisitPlan = components["schemas"]["VisitPlan"];
export type PlanResult = NonNullable<VisitPlan["result"]>;
export type PlanRoute = PlanResult["routes"][number];
export type PlanStop = PlanRoute["stops"][number];
export type Unplanned = PlanResult["unplanned"][number];
export type PlanCreate = components["schemas"]["VisitPlanCreateInput"];
export type User = components["schemas"]["User"];

export const planKey = (id: string) => ["visit-plan", id] as const;

export const planApi = {
  create: (body: PlanCreate, key: string) =>
    call(rapport.POST("/api/v1/visit-plans", { params: { header: idempotencyHeader(key) }, body })),
  get: (id: string) => call(rapport.GET("/api/v1/visit-plans/{id}", { params: { path: { id } } })),
  publish: (id: string) =>
    call(rapport.POST("/api/v1/visit-plans/{id}/publish", { params: { path: { id } } })),
  /**
   * The users this caller may see: a manager's team, a rep only themselves, admins everyone.
   * Cached whole under ["users"], as the needs and visits screens do, so the key means one shape.
   */
  users: () => call(rapport.GET("/api/v1/users")),
  appConfig: () => call(rapport.GET("/api/v1/app-config")),
};
