import { ApiError } from "../../api/problem.ts";
import type { Translate } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import type { PlanResult, PlanStop } from "./api.ts";

/**
 * Pure pieces of draft editing (no React): what a failed edit says in the user's language, and
 * what a stop's feasibility flags are. The server speaks English; the screen never shows it.
 */
const CODES = new Set([
  "version_mismatch",
  "plan_not_draft",
  "stop_fixed",
  "stop_locked",
  "already_planned",
]);
const RULES = new Set([
  "sees_customer",
  "assignable",
  "located",
  "owned_by_plan_rep",
  "exists",
  "in_plan",
  "in_route",
]);

export function draftErrorText(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t("draft.error.other");
  if (error.status === 0) return t("state.networkError");
  const code = error.code ?? "";
  if (CODES.has(code)) return t(`draft.error.${code}` as MessageKey);
  const rule = error.problem.rule ?? error.problem.errors?.[0]?.rule ?? "";
  if (RULES.has(rule)) return t(`draft.error.${rule}` as MessageKey);
  return t("draft.error.other");
}

/** The answer no longer matches the plan on the screen: read it again. */
export function staleAfter(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "version_mismatch" || error.code === "plan_not_draft")
  );
}

export type Violation = NonNullable<PlanStop["violations"]>[number];

export function violationsOf(stop: Pick<PlanStop, "violations">): Violation[] {
  return stop.violations ?? [];
}

/** Customers already in the routes: the add picker leaves them out. */
export function plannedCustomers(result: PlanResult | null): Set<string> {
  return new Set(result?.routes.flatMap((r) => r.stops.map((s) => s.customerId)) ?? []);
}
