// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useI18n } from "../i18n/i18n.tsx";
import { renderWithProviders } from "../test/render.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

function Probe() {
  const { t, formatNumber, formatDate } = useI18n();
  return (
    <p data-testid="probe">
      {t("nav.customers")} {formatNumber(1234567)} {formatDate("2026-03-05T12:00:00Z")}
    </p>
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("language switch", () => {
  it("switches every string and format to Chinese and remembers the choice", () => {
    const onChanged = vi.fn();
    renderWithProviders(
      <>
        <LanguageSwitch onChanged={onChanged} />
        <Probe />
      </>,
    );
    expect(screen.getByTestId("probe").textContent).toContain("Customers");
    expect(screen.getByTestId("probe").textContent).toContain("1,234,567");

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });

    const text = screen.getByTestId("probe").textContent ?? "";
    expect(text).toContain("客户");
    expect(text).toContain("2026年3月5日");
    expect(screen.getByLabelText("语言")).toBeTruthy();
    expect(localStorage.getItem("rapport.locale")).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(onChanged).toHaveBeenCalledWith("zh-CN");
  });

  it("does not report a change when the same language is chosen", () => {
    const onChanged = vi.fn();
    renderWithProviders(<LanguageSwitch onChanged={onChanged} />, "zh-CN");
    fireEvent.change(screen.getByLabelText("语言"), { target: { value: "zh-CN" } });
    expect(onChanged).not.toHaveBeenCalled();
  });
});
