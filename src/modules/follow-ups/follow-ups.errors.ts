import { AppError } from "../../errors.ts";

export const FollowUpErrors = {
  notFound: () => new AppError("not_found", "follow_up_not_found", "No such follow-up."),
  notOpen: () =>
    new AppError(
      "conflict",
      "follow_up_not_open",
      "Only an open follow-up can be completed, cancelled or changed.",
    ),
  needOfOtherCustomer: () =>
    new AppError("unprocessable", "validation_failed", "The need belongs to another customer.", [
      { field: "needId", rule: "same_customer", message: "Must belong to the same customer." },
    ]),
  teamForbidden: () =>
    new AppError("forbidden", "team_forbidden", "You can only see your own team."),
} as const;
