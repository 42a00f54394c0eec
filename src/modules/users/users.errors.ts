import { AppError } from "../../errors.ts";

export const UserErrors = {
  notFound: () => new AppError("not_found", "user_not_found", "No such user."),
  teamNotFound: () => new AppError("not_found", "team_not_found", "No such team."),
  adminOnly: () => new AppError("forbidden", "admin_only", "Only an admin can do this."),
  selfChange: (field: string) =>
    new AppError(
      "forbidden",
      "self_change_forbidden",
      "You cannot change your own role, team or active flag.",
      [{ field, rule: "not_self", message: "Ask an admin." }],
    ),
  ownPasswordHere: () =>
    new AppError(
      "forbidden",
      "current_password_required",
      "Change your own password with POST /api/v1/auth/password, which asks for the current one.",
      [
        {
          field: "password",
          rule: "current_password_required",
          message: "Enter your current password.",
        },
      ],
    ),
  emailTaken: () =>
    new AppError("conflict", "email_taken", "Another user has this e-mail.", [
      { field: "email", rule: "unique", message: "Another user has this e-mail." },
    ]),
  teamNameTaken: () =>
    new AppError("conflict", "team_name_taken", "Another team has this name.", [
      { field: "name", rule: "unique", message: "Another team has this name." },
    ]),
  unknownTeam: () =>
    new AppError("unprocessable", "validation_failed", "No such team.", [
      { field: "teamId", rule: "exists", message: "No team has this id." },
    ]),
  unknownManager: () =>
    new AppError(
      "unprocessable",
      "validation_failed",
      "The manager must be an active manager or admin.",
      [{ field: "managerId", rule: "exists", message: "No active manager has this id." }],
    ),
} as const;
