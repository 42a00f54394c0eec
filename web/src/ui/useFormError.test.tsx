// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/problem.ts";
import type { Locale } from "../api/types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";
import { useFormError } from "./useFieldErrors.ts";

const wrapper =
  (locale: Locale) =>
  ({ children }: { children: ReactNode }) => (
    <I18nProvider locale={locale}>{children}</I18nProvider>
  );

const invalid = new ApiError({
  status: 400,
  detail: "The request is not valid.",
  errors: [
    { field: "purpose", rule: "too_big", message: "Too big" },
    { field: "repId", rule: "assignee_forbidden", message: "You cannot plan for this rep." },
  ],
});

describe("useFormError", () => {
  it("shows errors on fields the form does not render, which would otherwise go unseen", () => {
    const { result } = renderHook(() => useFormError(invalid, ["purpose", "plannedStart"]), {
      wrapper: wrapper("en"),
    });
    expect(result.current).toBe("repId: You cannot plan for this rep.");
  });
  it("stays quiet when every error sits next to its field", () => {
    const { result } = renderHook(() => useFormError(invalid, ["purpose", "repId"]), {
      wrapper: wrapper("en"),
    });
    expect(result.current).toBeNull();
  });
  it("words a lost connection in the UI's language", () => {
    const offline = new ApiError({ status: 0, code: "network", detail: "network" });
    const { result } = renderHook(() => useFormError(offline), { wrapper: wrapper("zh-CN") });
    expect(result.current).toBe("无法连接服务器，请检查网络。");
  });
});
