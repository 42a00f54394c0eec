import { AppError } from "../../errors.ts";

export const NotificationErrors = {
  notFound: () => new AppError("not_found", "notification_not_found", "No such notification."),
  invalidCursor: () =>
    new AppError("invalid", "validation_failed", "The cursor is not valid for this list.", [
      { field: "query.cursor", rule: "cursor", message: "Unknown or mismatched cursor." },
    ]),
  userOnly: () =>
    new AppError("forbidden", "forbidden", "Notifications belong to a signed-in user."),
} as const;
