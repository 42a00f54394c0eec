import { AppError } from "../../errors.ts";

export const ContactErrors = {
  notFound: () => new AppError("not_found", "contact_not_found", "No such contact."),
  notDeleted: () =>
    new AppError(
      "conflict",
      "contact_not_deleted",
      "The contact is not deleted; nothing to restore.",
    ),
} as const;
