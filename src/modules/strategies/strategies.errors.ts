import { AppError } from "../../errors.ts";

export const StrategyErrors = {
  notFound: () => new AppError("not_found", "strategy_not_found", "No such strategy."),
  forbidden: () =>
    new AppError(
      "forbidden",
      "strategy_forbidden",
      "Admins manage every strategy, managers their own team's; reps only read them.",
    ),
  teamForbidden: (field: "teamId" | "segment.teamId") =>
    new AppError("forbidden", "strategy_forbidden", "A manager's strategies stay in their team.", [
      { field, rule: "own_team", message: "Use your own team." },
    ]),
  teamUnknown: (field: "teamId" | "segment.teamId") =>
    new AppError("unprocessable", "validation_failed", "No such team.", [
      { field, rule: "exists", message: "No team has this id." },
    ]),
  inactive: () =>
    new AppError(
      "conflict",
      "strategy_inactive",
      "The strategy is inactive; activate it to run it.",
    ),
  notStarted: () =>
    new AppError(
      "conflict",
      "strategy_not_started",
      "The strategy's first period has not begun (see anchorAt and cadence).",
    ),
} as const;
