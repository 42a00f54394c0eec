import { kpis, type VisitSums } from "../../domain/visits/kpis.ts";
import type { KpiReport } from "./visit-kpis.schema.ts";
import type { RepKpiSums } from "./visit-kpis.service.ts";

function block(s: VisitSums) {
  return {
    workingDays: s.workingDays,
    planned: s.planned,
    completed: s.completed,
    verified: s.verified,
    dueCustomers: s.due,
    coveredCustomers: s.covered,
    ...kpis(s),
  };
}

export function presentKpis(r: {
  from: string;
  to: string;
  reps: RepKpiSums[];
  total: VisitSums;
}): KpiReport {
  return {
    from: r.from,
    to: r.to,
    reps: r.reps.map(({ rep, sums }) => ({
      repId: rep.id,
      name: rep.name,
      timeZone: rep.timeZone,
      ...block(sums),
    })),
    total: block(r.total),
  };
}
