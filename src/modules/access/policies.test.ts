import { describe, expect, it } from "vitest";
import { type Actor, ROLES } from "./actor.ts";
import { policies } from "./policies.ts";

const admin: Actor = { id: "a", role: "admin", teamId: null };
const manager: Actor = { id: "m", role: "manager", teamId: "t1" };
const loneManager: Actor = { id: "l", role: "manager", teamId: null };
const rep: Actor = { id: "r", role: "rep", teamId: "t1" };

describe("policies", () => {
  it.each([
    ["the system", null, true],
    ["an admin", admin, true],
    ["a manager", manager, false],
    ["a rep", rep, false],
  ] as const)("administer: %s → %s", (_label, actor, allowed) => {
    expect(policies.administer(actor)).toBe(allowed);
  });

  it.each([
    ["an admin, any team", admin, "t2", true],
    ["a manager, their team", manager, "t1", true],
    ["a manager, another team", manager, "t2", false],
    ["a manager without a team, no team", loneManager, null, false],
    ["a rep, their own team", rep, "t1", false],
  ] as const)("leadTeam: %s → %s", (_label, actor, teamId, allowed) => {
    expect(policies.leadTeam(actor, teamId)).toBe(allowed);
  });

  it.each([
    ["oneself", rep, { id: "r", teamId: "t1" }, true],
    ["a rep, a teammate", rep, { id: "x", teamId: "t1" }, false],
    ["a manager, a team member", manager, { id: "x", teamId: "t1" }, true],
    ["a manager, someone in no team", manager, { id: "x", teamId: null }, false],
    ["an admin, anyone", admin, { id: "x", teamId: "t9" }, true],
  ] as const)("seeUser: %s → %s", (_label, actor, user, allowed) => {
    expect(policies.seeUser(actor, user)).toBe(allowed);
  });

  it("lets managers with a team, and admins, create team records", () => {
    expect([admin, manager, loneManager, rep].map((a) => policies.createTeamRecords(a))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it.each([
    ["the system", null, true],
    ["an admin", admin, true],
    ["a manager", manager, false],
    ["a rep", rep, false],
  ] as const)("readAllAudit: %s → %s", (_label, actor, allowed) => {
    expect(policies.readAllAudit(actor)).toBe(allowed);
  });

  it.each([
    ["the system, anyone", null, "x", true],
    ["an admin, anyone", admin, "x", true],
    ["a rep, themselves", rep, "r", true],
    ["a rep, someone else", rep, "x", false],
    ["a manager, a team member", manager, "r", false],
  ] as const)("readUserHistory: %s → %s", (_label, actor, userId, allowed) => {
    expect(policies.readUserHistory(actor, userId)).toBe(allowed);
  });

  it.each([
    ["the system", null, "all"],
    ["an admin", admin, "all"],
    ["a manager with a team", manager, "team"],
    ["a manager without a team", loneManager, "self"],
    ["a rep", rep, "self"],
  ] as const)("reach: %s → %s", (_label, actor, reach) => {
    expect(policies.reach(actor)).toBe(reach);
  });

  it.each([
    ["the system", null, null],
    ["an admin", admin, null],
    ["a manager", manager, "t1"],
    ["a manager without a team", loneManager, null],
    ["a rep, even in a team", rep, null],
  ] as const)("defaultTeam: %s → %s", (_label, actor, teamId) => {
    expect(policies.defaultTeam(actor)).toBe(teamId);
  });

  it("lets managers and admins, never reps, lead teams", () => {
    expect(ROLES.map((role) => policies.leadsTeams({ role }))).toEqual([true, true, false]);
  });

  it.each([
    ["the system", null, "x", true],
    ["an admin, someone else's", admin, "x", true],
    ["the author", rep, "r", true],
    ["a manager, someone else's", manager, "x", false],
    ["a rep, someone else's", rep, "x", false],
    ["a rep, no author", rep, null, false],
  ] as const)("authorOrAdmin: %s → %s", (_label, actor, authorId, allowed) => {
    expect(policies.authorOrAdmin(actor, authorId)).toBe(allowed);
  });

  it.each([
    ["the author", rep, "r", { teamId: "t1" }, true],
    ["a teammate rep", { ...rep, id: "r2" }, "r", { teamId: "t1" }, false],
    ["the author's manager", manager, "r", { teamId: "t1" }, true],
    ["another team's manager", { ...manager, teamId: "t2" }, "r", { teamId: "t1" }, false],
    ["a manager, no author", manager, null, undefined, true],
    ["a manager, an author no longer found", manager, "gone", undefined, true],
    ["a manager without a team, an author without one", loneManager, "r", { teamId: null }, true],
    ["an admin, anyone's", admin, "r", { teamId: "t9" }, true],
    ["the system", null, "r", { teamId: "t9" }, true],
  ] as const)("editCommunication: %s → %s", (_label, actor, authorId, author, allowed) => {
    expect(policies.editCommunication(actor, authorId, author)).toBe(allowed);
  });

  it.each([
    ["an admin, any team", admin, "t2", true],
    ["a manager, their team's", manager, "t1", true],
    ["a manager, company-wide", manager, null, false],
    ["a manager, another team's", manager, "t2", false],
    ["a rep, their team's", rep, "t1", false],
  ] as const)("manageTeamRecord: %s → %s", (_label, actor, teamId, allowed) => {
    expect(policies.manageTeamRecord(actor, teamId)).toBe(allowed);
  });

  it("plans a rep's own day when a plan names no one; nobody else's", () => {
    expect([null, admin, manager, rep].map((a) => policies.planOwnDay(a))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it.each([
    ["the system", null, true],
    ["its uploader", rep, true],
    ["another rep of the team", { ...rep, id: "r2" }, false],
    ["the manager of the rep's team", manager, true],
    ["a manager of another team", { ...manager, teamId: "t2" }, false],
    ["a manager without a team", loneManager, false],
    ["an admin", admin, true],
  ] as const)("removeVisitProof: %s → %s", (_label, actor, allowed) => {
    expect(policies.removeVisitProof(actor, { uploadedBy: "r" }, { teamId: "t1" })).toBe(allowed);
  });
});
