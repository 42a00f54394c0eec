import type { TeamRow } from "./teams.repository.ts";

export function presentTeam(row: TeamRow) {
  return {
    id: row.id,
    name: row.name,
    managerId: row.managerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
