import type { Refusal } from "../../domain/visits/draft-edit.ts";
import { type CadenceConflict, conflictText } from "../../domain/visits/reasons.ts";
import { AppError, CommonErrors, ReaderError } from "../../errors.ts";

/** Why a hand edit of a draft plan is refused; branch on `code` (and `rule` for 422s). */
export const DraftErrors = {
  notDraft: (status: string) =>
    new AppError(
      "conflict",
      "plan_not_draft",
      `Only a draft plan can be changed; this one is ${status}.`,
    ),
  customerUnknown: () =>
    CommonErrors.unprocessableField("customerId", "exists", "No customer you can see has this id."),
  notOwnedByPlanRep: () =>
    CommonErrors.unprocessableField(
      "customerId",
      "owned_by_plan_rep",
      "The customer belongs to none of the plan's reps.",
    ),
  notLocated: () =>
    CommonErrors.unprocessableField(
      "customerId",
      "located",
      "The customer has no map position; give it one before planning it.",
    ),
} as const;

/**
 * `409 min_interval`: the edit would put the customer closer than its minimum interval to
 * another of its visits. `detail` names that visit in the reader's language; `conflict` is the
 * same as data (date, days apart, minimum, whose booking), `errors[0]` the rule on `date`.
 */
export function tooCloseError(conflict: CadenceConflict): ReaderError {
  const message = conflictText(conflict, "en");
  return new ReaderError(
    "conflict",
    "min_interval",
    message,
    [
      {
        field: "date",
        rule: "min_interval",
        message,
        params: { days: conflict.days, minDays: conflict.minDays },
      },
    ],
    (locale) => conflictText(conflict, locale),
    { conflict },
  );
}

/** The domain's refusals as typed errors: state conflicts 409, bad references 422. */
export function refusalError(r: Refusal): AppError {
  switch (r.code) {
    case "stop_fixed":
      return new AppError(
        "conflict",
        "stop_fixed",
        "This stop is an existing visit (agreed, checked in or about to start): the draft cannot change it.",
      );
    case "stop_locked":
      return new AppError(
        "conflict",
        "stop_locked",
        "This stop is locked: unlock it before moving or dropping it.",
      );
    case "already_planned":
      return new AppError(
        "conflict",
        "already_planned",
        "The customer already has a stop in this plan.",
      );
    case "stop_not_in_plan":
      return CommonErrors.unprocessableField(
        r.field,
        "in_plan",
        "The plan has no stop for this customer.",
      );
    case "rep_not_in_plan":
      return CommonErrors.unprocessableField(r.field, "in_plan", "Name one of the plan's reps.");
    case "date_outside_plan":
      return CommonErrors.unprocessableField(r.field, "in_plan", "Name one of the plan's days.");
    case "position_outside_route":
      return CommonErrors.unprocessableField(
        r.field,
        "in_route",
        "At most the number of stops the route has (that puts it last).",
      );
    case "min_interval":
      return tooCloseError(r.conflict);
  }
}
