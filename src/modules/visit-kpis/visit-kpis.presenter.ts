import { kpis, type VisitSums } from "../../domain/visits/kpis.ts";
import type { KpiReport } from "./visit-kpis.schema.ts";
import type { ExtraCounts, RepKpiSums } from "./visit-kpis.service.ts";

function block(s: VisitSums, extra: ExtraCounts) {
  return {
    workingDays: s.workingDays,
    planned: s.planned,
    completed: s.completed,
    verified: s.verified,
    ...extra,
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
  totalExtra: ExtraCounts;
}): KpiReport {
  return {
    from: r.from,
    to: r.to,
    reps: r.reps.map(({ rep, sums, extra }) => ({
      repId: rep.id,
      name: rep.name,
      timeZone: rep.timeZone,
      ...block(sums, extra),
    })),
    total: block(r.total, r.totalExtra),
  };
}
