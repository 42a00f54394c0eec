import { AppError } from "../../errors.ts";

export const NotificationErrors = {
  notFound: () => new AppError("not_found", "notification_not_found", "No such notification."),
  userOnly: () =>
    new AppError("forbidden", "forbidden", "Notifications belong to a signed-in user."),
} as const;
