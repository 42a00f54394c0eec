import { AppError } from "../../errors.ts";
import type { ServiceContext } from "../common/context.ts";
import { activeUserById, userById } from "../users/users.api.ts";

/**
 * Who may be given work or ownership by the caller: a rep only themselves; a manager
 * anyone in their team (or themselves); an admin — and system work — any active user.
 * `field` names the request field in the error.
 */
export async function assertAssignable(ctx: ServiceContext, userId: string, field: string) {
  const user = await activeUserById(ctx, userId);
  if (!user) {
    throw new AppError("unprocessable", "validation_failed", "No active user has this id.", [
      { field, rule: "exists", message: "No active user has this id." },
    ]);
  }
  const actor = ctx.actor;
  if (!actor || actor.role === "admin" || userId === actor.id) return user;
  if (actor.role === "manager" && actor.teamId && user.teamId === actor.teamId) return user;
  throw new AppError("forbidden", "assignee_forbidden", "You may not assign this user.", [
    {
      field,
      rule: "assignable",
      message: "Reps assign themselves; managers their team; admins anyone.",
    },
  ]);
}

/**
 * Work on a customer (a follow-up, a visit, a need) may only go to someone who can see that
 * customer: otherwise they would be reminded of a record they get 404 for. Admins see all;
 * the owner sees it; so does a manager of the owner's team.
 */
export async function assertAssigneeSeesCustomer(
  ctx: ServiceContext,
  userId: string,
  customer: { ownerId: string | null },
  field: string,
) {
  const user = await assertAssignable(ctx, userId, field);
  if (user.role === "admin" || customer.ownerId === user.id) return user;
  if (user.role === "manager" && user.teamId && customer.ownerId) {
    const owner = await userById(ctx, customer.ownerId);
    if (owner?.teamId === user.teamId) return user;
  }
  throw new AppError("unprocessable", "validation_failed", "This person cannot see the customer.", [
    {
      field,
      rule: "sees_customer",
      message:
        "Assign the customer's owner, their manager or an admin — or change the owner first.",
    },
  ]);
}
