import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.ts";
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
});
