import { AppError } from "../../errors.ts";

/** Someone outside the caller's reach answers like someone who does not exist. */
export const ExceptionErrors = {
  repNotFound: () => new AppError("not_found", "rep_not_found", "No such rep."),
  teamNotFound: () => new AppError("not_found", "team_not_found", "No such team."),
} as const;
