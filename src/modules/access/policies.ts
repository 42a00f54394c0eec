import type { Actor } from "./actor.ts";

/**
 * Who may do what, by role: the rules in one place, each a pure function of the caller (and
 * the record's team or owner when it matters). Services call them as their first line and
 * throw their own typed error when one says no. A null actor is the system (CLI, jobs): it may
 * do everything. Row scope — which customers a caller sees — is `scope.ts`.
 */
type Caller = Actor | null | undefined;

export const policies = {
  /** Users, teams, need types, customer owners: admins only. */
  administer: (actor: Caller) => !actor || actor.role === "admin",

  /** Plan, read KPIs, see the day of a team: its manager, or an admin. */
  leadTeam: (actor: Caller, teamId: string | null | undefined) =>
    !actor ||
    actor.role === "admin" ||
    (actor.role === "manager" && actor.teamId !== null && actor.teamId === teamId),

  /** A profile: one's own, a team member's for their manager, anyone's for an admin. */
  seeUser: (actor: Caller, user: { id: string; teamId: string | null }) =>
    !actor || actor.id === user.id || policies.leadTeam(actor, user.teamId),

  /** A team-wide record (a strategy): admins for all; a manager for their team's. */
  manageTeamRecord: (actor: Caller, recordTeamId: string | null) =>
    policies.leadTeam(actor, recordTeamId),

  /** Create team-wide records (strategies): admins, and managers who lead a team. */
  createTeamRecords: (actor: Caller) =>
    !actor || actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null),

  /** The whole audit trail: admins; others read the history of records they can see. */
  readAllAudit: (actor: Caller) => !actor || actor.role === "admin",

  /** A user's history: their own, or anyone's for an admin. */
  readUserHistory: (actor: Caller, userId: string) =>
    policies.readAllAudit(actor) || actor?.id === userId,
} as const;
