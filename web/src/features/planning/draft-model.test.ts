import { describe, expect, it } from "vitest";
import { ApiError, type Problem } from "../../api/problem.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { en, zhCN } from "../../i18n/messages.ts";
import { draftErrorText, plannedCustomers, staleAfter } from "./draft-model.ts";

const tEn = (key: MessageKey) => en[key];
const tZh = (key: MessageKey) => zhCN[key];

describe("what a refused draft edit says", () => {
  const cases: [Problem, MessageKey][] = [
    [{ status: 412, code: "version_mismatch" }, "draft.error.version_mismatch"],
    [{ status: 409, code: "stop_locked" }, "draft.error.stop_locked"],
    [{ status: 409, code: "already_planned" }, "draft.error.already_planned"],
    [
      { status: 422, code: "validation_failed", rule: "sees_customer", field: "repId" },
      "draft.error.sees_customer",
    ],
    [
      {
        status: 422,
        code: "validation_failed",
        errors: [{ field: "customerId", rule: "located", message: "x" }],
      },
      "draft.error.located",
    ],
    [{ status: 500, code: "internal" }, "draft.error.other"],
    [{ status: 0, code: "network" }, "state.networkError"],
  ];
  it.each(cases)("%j → %s, never the server's English", (problem, key) => {
    const error = new ApiError({ ...problem, detail: "Server words." });
    expect(draftErrorText(tEn, error)).toBe(en[key]);
    expect(draftErrorText(tZh, error)).toBe(zhCN[key]);
  });

  it("names the visit a refused move or add would come too close to, in the user's language", () => {
    const fill =
      (dict: typeof en | typeof zhCN) =>
      (key: MessageKey, vars?: Record<string, string | number>) =>
        Object.entries(vars ?? {}).reduce<string>(
          (s, [k, v]) => s.replace(`{${k}}`, String(v)),
          dict[key],
        );
    const refused = (conflict: Record<string, unknown>) =>
      new ApiError({
        status: 409,
        code: "min_interval",
        detail: "Server words.",
        conflict,
      } as Problem);
    const base = { date: "2030-01-10", days: 3, minDays: 7, kind: "booked", agreed: false };
    const more = { name: "客户2", formatDate: (d: string) => `<${d}>` };
    const byPlan = refused({ ...base, by: { name: "王芳", viaPlan: true } });
    expect(draftErrorText(fill(en), byPlan, more)).toBe(
      "Not changed: 客户2 would be 3 days from the visit booked <2030-01-10> by 王芳's plan. Visits to this customer are at least 7 days apart.",
    );
    expect(draftErrorText(fill(zhCN), byPlan, more)).toBe(
      "未修改：客户2 将与王芳的计划安排在<2030-01-10>的拜访仅相隔 3 天。该客户两次拜访至少间隔 7 天。",
    );
    const agreed = refused({
      ...base,
      days: 1,
      agreed: true,
      by: { name: "李雷", viaPlan: false },
    });
    expect(draftErrorText(fill(en), agreed, more)).toBe(
      "Not changed: 客户2 would be 1 day from the visit agreed for <2030-01-10>. Visits to this customer are at least 7 days apart.",
    );
    const visited = refused({ ...base, days: 0, kind: "visited", by: null });
    expect(draftErrorText(fill(zhCN), visited, more)).toBe(
      "未修改：客户2 将与<2030-01-10>的上次拜访在同一天。该客户两次拜访至少间隔 7 天。",
    );
    const everyDay = refused({ ...base, everyDay: true, by: { name: "李雷", viaPlan: false } });
    expect(draftErrorText(fill(en), everyDay, more)).toBe(
      "Not added: every day of this plan is too close to the visit booked <2030-01-10> with 李雷 for 客户2. Visits to this customer are at least 7 days apart.",
    );
    // Without the data (an older server), still the user's language, never the server's English.
    expect(draftErrorText(fill(zhCN), refused(undefined as never), more)).toBe(
      zhCN["draft.error.min_interval.unknown"],
    );
  });

  it("reads the plan again only when it changed or stopped being a draft", () => {
    expect(staleAfter(new ApiError({ status: 412, code: "version_mismatch" }))).toBe(true);
    expect(staleAfter(new ApiError({ status: 409, code: "plan_not_draft" }))).toBe(true);
    expect(staleAfter(new ApiError({ status: 409, code: "stop_locked" }))).toBe(false);
    expect(staleAfter(new Error("x"))).toBe(false);
  });

  it("knows which customers the routes already visit", () => {
    expect(plannedCustomers(null).size).toBe(0);
    const result = {
      routes: [{ stops: [{ customerId: "a" }, { customerId: "b" }] }],
    } as unknown as Parameters<typeof plannedCustomers>[0];
    expect([...plannedCustomers(result)]).toEqual(["a", "b"]);
  });
});
