import type { UserRow } from "./users.repository.ts";
import type { UserOut } from "./users.schema.ts";

/** Never includes the password hash: this is the only shape a user leaves the server in. */
export function presentUser(row: UserRow): UserOut {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    teamId: row.teamId,
    locale: row.locale,
    timeZone: row.timeZone,
    homeAddress: row.homeAddress,
    homeLat: row.homeLat,
    homeLon: row.homeLon,
    workingHours: row.workingHours ?? null,
    mapApp: row.mapApp ?? null,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
