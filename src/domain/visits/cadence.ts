/**
 * Who is due for a visit, and how urgently: an explainable priority score. Pure: the
 * callers pass what they know about the customer, and get back a score with its reasons
 * as structured items that render in English and Chinese.
 */
import { daysBetween, localDate } from "../time.ts";

export type TierCadence = Record<string, { minDays: number; maxDays: number }>;

export const DEFAULT_TIER_CADENCE: TierCadence = {
  A: { minDays: 7, maxDays: 14 },
  B: { minDays: 14, maxDays: 30 },
  C: { minDays: 30, maxDays: 90 },
};

const TIER_POINTS: Record<string, number> = { A: 30, B: 20, C: 10 };

export type NeedFact = { importance: number; overdue: boolean };

export type CadenceInput = {
  tier: string;
  /** Per-customer override of the tier's interval. */
  minDays: number | null;
  maxDays: number | null;
  lastVisitedAt: Date | null;
  openNeeds: NeedFact[];
  /** Latest satisfaction 1–5 when known. */
  satisfaction: number | null;
  /** An agreed appointment in the period. */
  locked: boolean;
  /** Optional value in minor units; adds up to 10 points on a log scale. */
  valueCents: number | null;
};

export type Reason =
  | { code: "tier"; tier: string }
  | { code: "never_visited" }
  | { code: "days_since"; days: number; max: number }
  | { code: "not_yet_due"; days: number; min: number }
  | { code: "open_needs"; count: number; overdue: number }
  | { code: "low_satisfaction"; score: number }
  | { code: "locked" }
  | { code: "high_value" };

export type Priority = {
  score: number;
  /** Worth visiting now: past the minimum interval, never visited, or an overdue need. */
  due: boolean;
  /** Must be planned if at all possible: past the maximum interval, or agreed. */
  mandatory: boolean;
  daysSince: number | null;
  reasons: Reason[];
};

export function intervalFor(
  input: Pick<CadenceInput, "tier" | "minDays" | "maxDays">,
  tiers = DEFAULT_TIER_CADENCE,
) {
  const t = tiers[input.tier] ?? tiers.C ?? { minDays: 30, maxDays: 90 };
  return { minDays: input.minDays ?? t.minDays, maxDays: input.maxDays ?? t.maxDays };
}

/**
 * `on` is the instant the plan or list is for; days since the last visit are calendar days
 * in `timeZone` (the rep's), so the count never depends on the hour it is computed at.
 */
export function priority(
  input: CadenceInput,
  on: Date,
  tiers = DEFAULT_TIER_CADENCE,
  timeZone = "UTC",
): Priority {
  const { minDays, maxDays } = intervalFor(input, tiers);
  const reasons: Reason[] = [{ code: "tier", tier: input.tier }];
  let score = TIER_POINTS[input.tier] ?? 5;
  let due = false;
  let mandatory = input.locked;
  let daysSince: number | null = null;

  if (!input.lastVisitedAt) {
    reasons.push({ code: "never_visited" });
    score += 25;
    due = true;
  } else {
    daysSince = daysBetween(localDate(input.lastVisitedAt, timeZone), localDate(on, timeZone));
    if (daysSince > maxDays) {
      score += Math.min(60, 20 + 2 * (daysSince - maxDays));
      reasons.push({ code: "days_since", days: daysSince, max: maxDays });
      due = true;
      mandatory = true;
    } else if (daysSince >= minDays) {
      score += Math.round((10 * (daysSince - minDays)) / Math.max(1, maxDays - minDays));
      reasons.push({ code: "days_since", days: daysSince, max: maxDays });
      due = true;
    } else {
      reasons.push({ code: "not_yet_due", days: daysSince, min: minDays });
    }
  }

  if (input.openNeeds.length > 0) {
    const overdue = input.openNeeds.filter((n) => n.overdue).length;
    const points = input.openNeeds.reduce((s, n) => s + 3 * n.importance + (n.overdue ? 10 : 0), 0);
    score += Math.min(40, points);
    reasons.push({ code: "open_needs", count: input.openNeeds.length, overdue });
    if (overdue > 0) due = true;
  }
  if (input.satisfaction !== null && input.satisfaction <= 2) {
    score += 15;
    reasons.push({ code: "low_satisfaction", score: input.satisfaction });
    due = true;
  }
  if (input.valueCents && input.valueCents > 0) {
    // 10 points at 1 M (minor units 1e8), scaled logarithmically below.
    const v = Math.max(0, Math.min(10, (Math.log10(input.valueCents) - 4) * 2.5));
    score += Math.round(v);
    if (v >= 7.5) reasons.push({ code: "high_value" });
  }
  if (input.locked) reasons.push({ code: "locked" });
  return { score, due, mandatory, daysSince, reasons };
}

export type Locale = "en" | "zh-CN";

function reasonText(r: Reason, locale: Locale): string {
  const zh = locale === "zh-CN";
  switch (r.code) {
    case "tier":
      return zh ? `${r.tier}类客户` : `${r.tier}-tier`;
    case "never_visited":
      return zh ? "从未拜访" : "never visited";
    case "days_since":
      return zh
        ? `距上次拜访${r.days}天（上限${r.max}天）`
        : `${r.days} days since last visit (max ${r.max})`;
    case "not_yet_due":
      return zh
        ? `距上次拜访${r.days}天（最少间隔${r.min}天）`
        : `${r.days} days since last visit (min ${r.min})`;
    case "open_needs": {
      if (zh) return `${r.count}个未结需求${r.overdue ? `，${r.overdue}个已逾期` : ""}`;
      const base = `${r.count} open need${r.count === 1 ? "" : "s"}`;
      return r.overdue ? `${base}, ${r.overdue === 1 ? "one" : r.overdue} overdue` : base;
    }
    case "low_satisfaction":
      return zh ? `满意度低（${r.score}/5）` : `low satisfaction (${r.score}/5)`;
    case "locked":
      return zh ? "已与客户约定" : "agreed with the customer";
    case "high_value":
      return zh ? "高价值客户" : "high value";
  }
}

/** "A-tier · 34 days since last visit (max 30) · 2 open needs, one overdue" */
export function explain(reasons: Reason[], locale: Locale): string {
  return reasons.map((r) => reasonText(r, locale)).join(zhOr(locale, " · ", " · "));
}

function zhOr(locale: Locale, zh: string, en: string) {
  return locale === "zh-CN" ? zh : en;
}
