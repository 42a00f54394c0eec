import type { Actor, Role } from "./actor.ts";

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

  /**
   * How far a caller sees people and their work when they name no one: everyone (the system,
   * admins), their team (a manager who leads one), or only themselves.
   */
  reach: (actor: Caller): "all" | "team" | "self" => {
    if (!actor || actor.role === "admin") return "all";
    return actor.role === "manager" && actor.teamId !== null ? "team" : "self";
  },

  /** The team a caller's team-wide work (a strategy, a plan) is for when they name none. */
  defaultTeam: (actor: Caller) => (actor?.role === "manager" ? actor.teamId : null),

  /** A team's manager must be able to lead: a manager or an admin, never a rep. */
  leadsTeams: (user: { role: Role }) => user.role !== "rep",

  /** Work someone started (a plan, a communication): its author, and admins. */
  authorOrAdmin: (actor: Caller, authorId: string | null) =>
    !actor || actor.role === "admin" || actor.id === authorId,

  /**
   * Edit a communication: its author, an admin, or a manager — unless its author is known to
   * be in another team (`author` undefined: no author, or one no longer found).
   */
  editCommunication: (
    actor: Caller,
    authorId: string | null,
    author: { teamId: string | null } | undefined,
  ) =>
    policies.authorOrAdmin(actor, authorId) ||
    (actor?.role === "manager" && (!author || author.teamId === actor.teamId)),

  /** A plan that names neither reps nor a team is for the caller's own day: reps only. */
  planOwnDay: (actor: Caller) => actor?.role === "rep",

  /** A profile: one's own, a team member's for their manager, anyone's for an admin. */
  seeUser: (actor: Caller, user: { id: string; teamId: string | null }) =>
    !actor || actor.id === user.id || policies.leadTeam(actor, user.teamId),

  /** A team-wide record (a strategy): admins for all; a manager for their team's. */
  manageTeamRecord: (actor: Caller, recordTeamId: string | null) =>
    policies.leadTeam(actor, recordTeamId),

  /** Create team-wide records (strategies): admins, and managers who lead a team. */
  createTeamRecords: (actor: Caller) =>
    !actor || actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null),

  /**
   * Proof of a visit (its photos) comes from the rep who makes it: a manager's or admin's
   * photo would prove nothing about the rep's visit. Reading follows the visit's scope.
   */
  addVisitProof: (actor: Caller, visit: { repId: string }) => !actor || actor.id === visit.repId,

  /**
   * Take a photo back (a wrong or private one) while its visit is not completed: whoever
   * uploaded it, the manager of the visit's rep's team, or an admin.
   */
  removeVisitProof: (
    actor: Caller,
    photo: { uploadedBy: string | null },
    rep: { teamId: string | null },
  ) => !actor || actor.id === photo.uploadedBy || policies.leadTeam(actor, rep.teamId),

  /**
   * Whose visit exceptions a caller sees: their own, a team member's for their manager,
   * anyone's for an admin — the same rule as a profile.
   */
  seeExceptionsOf: (actor: Caller, rep: { id: string; teamId: string | null }) =>
    policies.seeUser(actor, rep),

  /** The whole audit trail: admins; others read the history of records they can see. */
  readAllAudit: (actor: Caller) => !actor || actor.role === "admin",

  /** A user's history: their own, or anyone's for an admin. */
  readUserHistory: (actor: Caller, userId: string) =>
    policies.readAllAudit(actor) || actor?.id === userId,
} as const;
