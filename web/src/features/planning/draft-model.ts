import { ApiError } from "../../api/problem.ts";
import type { components } from "../../api/schema.gen.ts";
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

/** The other visit a refused edit would have come too close to (409 min_interval). */
export type DraftConflict = NonNullable<components["schemas"]["VisitPlanEditProblem"]["conflict"]>;

/** "the visit booked 10 Jan 2030 by 王芳's plan", in the user's language. */
function otherVisit(t: Translate, c: DraftConflict, formatDate: (d: string) => string): string {
  const date = formatDate(c.date);
  if (c.kind === "visited") return t("draft.conflict.visited", { date });
  if (c.kind === "in_plan") return t("draft.conflict.inPlan", { date });
  if (c.agreed) return t("draft.conflict.agreed", { date });
  if (!c.by?.name) return t("draft.conflict.booked", { date });
  const key = c.by.viaPlan ? "draft.conflict.plan" : "draft.conflict.byHand";
  return t(key, { date, name: c.by.name });
}

/** Says which visit of the customer the edit would have come too close to, and the rule. */
function tooCloseText(
  t: Translate,
  error: ApiError,
  more: { name?: string; formatDate?: (d: string) => string },
): string {
  const c = (error.problem as { conflict?: DraftConflict }).conflict;
  if (!c) return t("draft.error.min_interval.unknown");
  const vars = {
    name: more.name ?? "",
    visit: otherVisit(t, c, more.formatDate ?? ((d) => d)),
    days: c.days,
    min: c.minDays,
  };
  if (c.everyDay) return t("draft.error.min_interval.everyDay", vars);
  if (c.days === 0) return t("draft.error.min_interval.sameDay", vars);
  if (c.days === 1) return t("draft.error.min_interval.oneDay", vars);
  return t("draft.error.min_interval", vars);
}

export function draftErrorText(
  t: Translate,
  error: unknown,
  /** The stop's customer and the app's date format, to name the visit a 409 min_interval is about. */
  more: { name?: string; formatDate?: (d: string) => string } = {},
): string {
  if (!(error instanceof ApiError)) return t("draft.error.other");
  if (error.status === 0) return t("state.networkError");
  const code = error.code ?? "";
  if (code === "min_interval") return tooCloseText(t, error, more);
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
