// The follow-ups module's public API (decision 0018): what other modules may use of follow-ups
// besides its services (`createFollowUp`, …): the row type they hand to its presenter.
export type { FollowUpRow } from "./follow-ups.repository.ts";
