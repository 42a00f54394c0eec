import { AppError } from "../../errors.ts";

export const CommunicationErrors = {
  notFound: () => new AppError("not_found", "communication_not_found", "No such communication."),
  notDeleted: () =>
    new AppError("conflict", "communication_not_deleted", "The communication is not deleted."),
  notAuthor: () =>
    new AppError(
      "forbidden",
      "not_author",
      "Only the author, their manager or an admin can change a communication.",
    ),
  otherCustomer: (field: string) =>
    new AppError("unprocessable", "validation_failed", "It belongs to another customer.", [
      { field, rule: "same_customer", message: "Must belong to the same customer." },
    ]),
} as const;
