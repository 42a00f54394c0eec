import { AppError } from "../../errors.ts";

export const CustomerErrors = {
  notFound: () => new AppError("not_found", "customer_not_found", "No such customer."),
  notDeleted: () =>
    new AppError(
      "conflict",
      "customer_not_deleted",
      "The customer is not deleted; nothing to restore.",
    ),
  ownerForbidden: () =>
    new AppError("forbidden", "owner_forbidden", "You may not give this customer that owner.", [
      {
        field: "ownerId",
        rule: "assignable",
        message: "Reps own their customers; managers assign within their team; admins anywhere.",
      },
    ]),
  latLonPaired: () =>
    new AppError(
      "invalid",
      "validation_failed",
      "Latitude and longitude are both set or both empty.",
      [{ field: "longitude", rule: "paired", message: "Set latitude and longitude together." }],
    ),
  minAboveMax: () =>
    new AppError("invalid", "validation_failed", "visitMinDays cannot exceed visitMaxDays.", [
      {
        field: "visitMinDays",
        rule: "min_lte_max",
        message: "visitMinDays cannot exceed visitMaxDays.",
      },
    ]),
} as const;
