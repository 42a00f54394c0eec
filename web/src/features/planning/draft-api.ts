import { call, ifMatch, rapport } from "../../api/client.ts";
import type { components } from "../../api/schema.gen.ts";
import type { VisitPlan } from "./api.ts";

export type DraftEdit = components["schemas"]["VisitPlanEditInput"];
export type DueCustomer = components["schemas"]["DueCustomer"];

/** Hand edits of a draft: each sends the version it was made on (If-Match) and answers the plan. */
export const draftApi = {
  edit: (plan: Pick<VisitPlan, "id" | "version">, body: DraftEdit) =>
    call(
      rapport.POST("/api/v1/visit-plans/{id}/edits", {
        params: { path: { id: plan.id }, header: ifMatch(plan.version) },
        body,
      }),
    ),
  reoptimise: (plan: Pick<VisitPlan, "id" | "version">) =>
    call(
      rapport.POST("/api/v1/visit-plans/{id}/reoptimise", {
        params: { path: { id: plan.id }, header: ifMatch(plan.version) },
        body: {},
      }),
    ),
  /** One rep's due list for the plan's first day, to pick a customer to add. */
  due: (rep: string, date: string) =>
    call(rapport.GET("/api/v1/visits/due", { params: { query: { rep, date, limit: 200 } } })),
};
