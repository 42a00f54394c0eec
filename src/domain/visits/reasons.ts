/**
 * Why a customer is (or is not) worth a visit, as data: codes with parameters, stored as they
 * are and rendered in the reader's language when read. Nothing user-facing is stored as text.
 */
import type { Locale } from "../locale.ts";

export type { Locale } from "../locale.ts";

/**
 * Who booked: a plan (named by its author, `viaPlan`) or, for a visit booked by hand, the
 * rep who will make it.
 */
export type BookedBy = { name: string | null; viaPlan: boolean };

export type Reason =
  | { code: "tier"; tier: string }
  | { code: "never_visited" }
  | { code: "days_since"; days: number; max: number }
  | { code: "not_yet_due"; days: number; min: number }
  | { code: "open_needs"; count: number; overdue: number }
  | { code: "low_satisfaction"; score: number }
  | { code: "high_value" }
  /** The customer already has a visit booked on `date` (the rep's local day). */
  | { code: "booked"; date: string; agreed: boolean; by: BookedBy }
  /** Measured from a booked visit before this day rather than from the last completed one. */
  | { code: "booked_before"; date: string; days: number; by: BookedBy }
  /** Why the planner left a customer out (the engine's unassigned codes, and a few of ours). */
  | { code: "unplanned"; why: string };

/**
 * A hand edit refused because it would put a customer's visit too close to another of its
 * visits (draft-cadence.ts): the other visit, as data.
 */
export type CadenceConflict = {
  /** The other visit's day (the rep's local date). */
  date: string;
  /** Calendar days between the two visits (0: the same day). */
  days: number;
  minDays: number;
  /** `visited`: the last completed visit; `booked`: a booking; `in_plan`: a stop of this draft. */
  kind: "visited" | "booked" | "in_plan";
  agreed: boolean;
  by: BookedBy | null;
  /** An add without a day: every day of the plan is too close (this is the first day's). */
  everyDay?: boolean;
};

/** How reasons were stored before they were data: the words, in both languages. */
export type LegacyReasons = { en: string; zh: string };

/** Stored reasons (codes, or words from before) in `locale`; null when there are none. */
export function renderStored(
  stored: readonly Reason[] | LegacyReasons | null | undefined,
  locale: Locale,
): string | null {
  if (!stored) return null;
  if (Array.isArray(stored)) return stored.length ? explain(stored, locale) : null;
  const legacy = stored as LegacyReasons;
  return locale === "zh-CN" ? legacy.zh : legacy.en;
}

/** Codes when stored as codes; words from before reasons were data have none. */
export function storedCodes(
  stored: readonly Reason[] | LegacyReasons | null | undefined,
): Reason[] {
  return Array.isArray(stored) ? [...stored] : [];
}

const UNPLANNED: Record<string, { en: string; zh: string }> = {
  no_feasible_window: { en: "no visit window fits the working days", zh: "没有合适的拜访时间窗" },
  not_worth_prize: { en: "not worth the travel this week", zh: "本周路程成本高于优先级" },
  max_stops: { en: "days already full", zh: "日程已满" },
  no_room_in_routes: { en: "no room left in the routes", zh: "路线已无空余时间" },
  no_compatible_vehicle: {
    en: "owner has no working day in the horizon",
    zh: "负责人在此期间无工作日",
  },
  lock_infeasible: { en: "the agreed time cannot be kept", zh: "约定时间无法安排" },
  capacity: { en: "over capacity", zh: "超出容量" },
  no_coordinates: { en: "no map position", zh: "缺少地图坐标" },
  dropped: { en: "taken out of the plan by hand", zh: "已手动移出计划" },
  min_interval: {
    en: "every day of the plan is too close to another visit",
    zh: "计划内每天都与其他拜访间隔过近",
  },
};

const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "2026-12-04" → "4 Dec" / "12月4日". */
export function shortDate(date: string, locale: Locale): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return locale === "zh-CN" ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]}`;
}

function bookedBy(by: BookedBy, zh: boolean): string {
  if (!by.name) return "";
  if (zh) return by.viaPlan ? `由${by.name}的计划` : `由${by.name}`;
  return by.viaPlan ? ` by ${by.name}'s plan` : ` with ${by.name}`;
}

export function reasonText(r: Reason, locale: Locale): string {
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
    case "high_value":
      return zh ? "高价值客户" : "high value";
    case "booked": {
      const day = shortDate(r.date, locale);
      if (r.agreed) return zh ? `已与客户约定${day}拜访` : `agreed visit on ${day}`;
      return zh ? `已${bookedBy(r.by, zh)}安排在${day}` : `booked ${day}${bookedBy(r.by, zh)}`;
    }
    case "booked_before": {
      const day = shortDate(r.date, locale);
      return zh
        ? `${day}已${bookedBy(r.by, zh)}安排拜访（相隔${r.days}天）`
        : `${r.days} days after the visit booked ${day}${bookedBy(r.by, zh)}`;
    }
    case "unplanned": {
      const t = UNPLANNED[r.why];
      return t ? (zh ? t.zh : t.en) : r.why;
    }
  }
}

/** "A-tier · 34 days since last visit (max 30) · 2 open needs, one overdue" */
export function explain(reasons: readonly Reason[], locale: Locale): string {
  return reasons.map((r) => reasonText(r, locale)).join(" · ");
}

/** The other visit of a cadence conflict: "the visit booked 4 Dec by 王芳's plan". */
function otherVisit(c: CadenceConflict, locale: Locale): string {
  const zh = locale === "zh-CN";
  const day = shortDate(c.date, locale);
  if (c.kind === "visited") return zh ? `${day}的上次拜访` : `the last visit on ${day}`;
  if (c.kind === "in_plan") return zh ? `本计划中${day}的站点` : `its stop on ${day} in this plan`;
  if (c.agreed) return zh ? `${day}的约定拜访` : `the agreed visit on ${day}`;
  const by = c.by ? bookedBy(c.by, zh) : "";
  return zh ? `${by}安排在${day}的拜访` : `the visit booked ${day}${by}`;
}

/**
 * Why a hand edit of a draft was refused, in `locale`: "Too close to the visit booked 4 Dec
 * by 王芳's plan: 3 days apart, and this customer's visits are at least 7 days apart."
 */
export function conflictText(c: CadenceConflict, locale: Locale): string {
  const other = otherVisit(c, locale);
  if (locale === "zh-CN") {
    if (c.everyDay)
      return `本计划每一天都与${other}间隔过近：该客户两次拜访至少间隔${c.minDays}天。`;
    if (c.days === 0) return `与${other}在同一天：该客户两次拜访至少间隔${c.minDays}天。`;
    return `与${other}仅相隔${c.days}天：该客户两次拜访至少间隔${c.minDays}天。`;
  }
  const least = `this customer's visits are at least ${c.minDays} day${c.minDays === 1 ? "" : "s"} apart`;
  if (c.everyDay) return `Every day of this plan is too close to ${other}: ${least}.`;
  if (c.days === 0) return `On the same day as ${other}: ${least}.`;
  return `Too close to ${other}: ${c.days} day${c.days === 1 ? "" : "s"} apart, and ${least}.`;
}
