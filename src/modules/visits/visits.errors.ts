import { AppError } from "../../errors.ts";

export const VisitErrors = {
  notFound: () => new AppError("not_found", "visit_not_found", "No such visit."),
  invalidMove: (from: string, to: string) =>
    new AppError("conflict", "invalid_visit_transition", `A ${from} visit cannot become ${to}.`),
  missed: () =>
    new AppError(
      "conflict",
      "visit_missed",
      "The visit's day has passed; it is missed. Log a new visit instead.",
    ),
  notPlanned: () =>
    new AppError("conflict", "visit_not_planned", "Only a planned visit can be changed."),
  endBeforeStart: () =>
    new AppError("invalid", "validation_failed", "plannedEnd must be after plannedStart.", [
      { field: "plannedEnd", rule: "after_start", message: "Must be after plannedStart." },
    ]),
  agendaNeed: () =>
    new AppError(
      "unprocessable",
      "validation_failed",
      "An agenda item names a need of another customer.",
      [
        {
          field: "agenda",
          rule: "same_customer",
          message: "Agenda needs must belong to the visit's customer.",
        },
      ],
    ),
} as const;
