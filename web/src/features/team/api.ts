import { call, rapport } from "../../api/client.ts";
import type { components } from "../../api/schema.gen.ts";

export type KpiReport = components["schemas"]["VisitKpiReport"];
export type RepKpis = KpiReport["reps"][number];

export const teamApi = {
  /** No teamId: a manager gets themselves and their team, an admin every field user. */
  kpis: (from: string, to: string, teamId: string | null) =>
    call(
      rapport.GET("/api/v1/visits/kpis", {
        params: { query: { from, to, ...(teamId ? { teamId } : {}) } },
      }),
    ),
  teams: () => call(rapport.GET("/api/v1/teams")),
};
