import type { Cadence } from "../../domain/cadence/cadence.ts";
import type { StrategyRow } from "./strategies.repository.ts";
import type { Segment, StrategyOut } from "./strategies.schema.ts";

/** The jsonb columns hold what the create/patch schemas validated. */
export const segmentOf = (row: StrategyRow) => row.segment as Segment;
export const cadenceOf = (row: StrategyRow) => row.cadence as Cadence;

export function presentStrategy(row: StrategyRow): StrategyOut {
  return {
    id: row.id,
    name: row.name,
    goal: row.goal,
    segment: segmentOf(row),
    channel: row.channel,
    followUpKind: row.followUpKind,
    cadence: cadenceOf(row),
    template: row.template,
    active: row.active,
    teamId: row.teamId,
    createdBy: row.createdBy,
    anchorAt: row.anchorAt.toISOString(),
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
