import type { Actor } from "./actor.ts";

declare const scopeBrand: unique symbol;

/**
 * Which customers — and so which contacts, communications, needs, visits… hanging off
 * them — a caller may see and change. Every repository function over customer-owned data
 * takes one, so a new query cannot forget it; a scope can only be made here.
 *
 * - admin: every customer
 * - manager: customers owned by anyone in the manager's team, and their own
 * - rep: customers they own
 * - system: every customer, for the CLI and background jobs that act for no user
 */
export type CustomerScope = {
  readonly [scopeBrand]: true;
  readonly kind: "all" | "team" | "own";
  readonly userId: string | null;
  readonly teamId: string | null;
};

function make(kind: CustomerScope["kind"], userId: string | null, teamId: string | null) {
  return { kind, userId, teamId } as CustomerScope;
}

export function scopeFor(actor: Actor): CustomerScope {
  if (actor.role === "admin") return make("all", actor.id, actor.teamId);
  if (actor.role === "manager" && actor.teamId) return make("team", actor.id, actor.teamId);
  return make("own", actor.id, actor.teamId);
}

/** For work no user asked for (CLI, jobs). Call sites say why in a comment. */
export function systemScope(): CustomerScope {
  return make("all", null, null);
}
