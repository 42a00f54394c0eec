import type { Breach } from "../../domain/visits/proof.ts";
import { AppError, type FieldIssue } from "../../errors.ts";

/** One issue per broken rule, on `reasonCode`, with the numbers it was judged by. */
function breachIssue(b: Breach): FieldIssue {
  switch (b.rule) {
    case "out_of_radius":
      return {
        field: "reasonCode",
        rule: b.rule,
        message: `${b.distanceM} m from the customer; the check-in radius is ${b.radiusM} m.`,
        params: { distanceM: b.distanceM, radiusM: b.radiusM },
      };
    case "early":
      return {
        field: "reasonCode",
        rule: b.rule,
        message: `${b.minutes} minutes before the planned start (allowed: ${b.marginMinutes}).`,
        params: { minutes: b.minutes, marginMinutes: b.marginMinutes },
      };
    case "late":
      return {
        field: "reasonCode",
        rule: b.rule,
        message: `${b.minutes} minutes after the planned end (allowed: ${b.marginMinutes}).`,
        params: { minutes: b.minutes, marginMinutes: b.marginMinutes },
      };
  }
}

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
  /** 422: the check-in broke a rule and came without a reason; nothing was changed. */
  checkInReasonRequired: (breaches: Breach[]) =>
    new AppError(
      "unprocessable",
      "check_in_reason_required",
      "This check-in needs a reason: send reasonCode (and reasonNote) with it.",
      breaches.map(breachIssue),
    ),
  checkOutReasonRequired: (breaches: Breach[]) =>
    new AppError(
      "unprocessable",
      "check_out_reason_required",
      "This check-out needs a reason: send reasonCode (and reasonNote) with it.",
      breaches.map(breachIssue),
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
