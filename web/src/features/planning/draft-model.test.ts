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
