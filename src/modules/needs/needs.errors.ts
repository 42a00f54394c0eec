import { AppError } from "../../errors.ts";

export const NeedErrors = {
  notFound: () => new AppError("not_found", "need_not_found", "No such need."),
  invalidTransition: (from: string, to: string) =>
    new AppError("conflict", "invalid_transition", `A need cannot go from ${from} to ${to}.`, [
      { field: "to", rule: "transition", message: `Not allowed from ${from}.` },
    ]),
  noteRequired: () =>
    new AppError(
      "invalid",
      "validation_failed",
      "Say how the need was resolved or why it was dropped.",
      [{ field: "note", rule: "required", message: "A resolution note is required." }],
    ),
  unknownType: () =>
    new AppError("unprocessable", "validation_failed", "Unknown need type.", [
      { field: "type", rule: "exists", message: "Not one of the configured need types." },
    ]),
  otherCustomer: (field: string) =>
    new AppError("unprocessable", "validation_failed", "It belongs to another customer.", [
      { field, rule: "same_customer", message: "Must belong to the same customer." },
    ]),
  adminOnly: () =>
    new AppError("forbidden", "admin_only", "Only an admin can configure need types."),
} as const;
