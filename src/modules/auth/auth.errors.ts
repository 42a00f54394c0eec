import { AppError } from "../../errors.ts";

export const AuthErrors = {
  /** Deliberately the same whether the e-mail is unknown, the password wrong or the user inactive. */
  invalidCredentials: () =>
    new AppError("unauthenticated", "invalid_credentials", "E-mail or password is incorrect."),
  unauthenticated: () =>
    new AppError("unauthenticated", "unauthenticated", "Sign in, or send a valid API token."),
  csrf: () =>
    new AppError(
      "forbidden",
      "csrf_failed",
      "This request needs the X-CSRF-Token header from your session and must come from this site.",
    ),
  wrongPassword: () =>
    new AppError("forbidden", "wrong_password", "The current password is not correct.", [
      {
        field: "currentPassword",
        rule: "matches",
        message: "The current password is not correct.",
      },
    ]),
  tokenNotFound: () => new AppError("not_found", "token_not_found", "No such API token."),
} as const;
