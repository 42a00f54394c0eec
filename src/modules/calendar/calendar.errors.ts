import { AppError } from "../../errors.ts";

export const CalendarErrors = {
  // Unknown, regenerated and revoked tokens all answer the same, so a URL reveals nothing.
  feedNotFound: () => new AppError("not_found", "calendar_feed_not_found", "No such calendar."),
} as const;
