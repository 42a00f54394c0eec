import { AppError } from "../../errors.ts";

export const ContactErrors = {
  notFound: () => new AppError("not_found", "contact_not_found", "No such contact."),
  notDeleted: () =>
    new AppError(
      "conflict",
      "contact_not_deleted",
      "The contact is not deleted; nothing to restore.",
    ),
  invalidCursor: () =>
    new AppError("invalid", "validation_failed", "The cursor is not valid for this list.", [
      { field: "query.cursor", rule: "cursor", message: "Unknown or mismatched cursor." },
    ]),
} as const;
