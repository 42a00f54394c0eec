// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { LogCallForm } from "./LogCallForm.tsx";

describe("log a call", () => {
  it("shows the server's validation messages next to the fields", async () => {
    const fetchMock = vi.fn(async () =>
      Response.json(
        {
          status: 400,
          code: "validation_failed",
          detail: "The request is not valid.",
          errors: [
            { field: "subject", rule: "too_small", message: "主题不能为空" },
            { field: "content", rule: "too_small", message: "Say what was said." },
          ],
        },
        { status: 400, headers: { "content-type": "application/problem+json" } },
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const onDone = vi.fn();
    renderWithProviders(<LogCallForm customerId="c-1" onDone={onDone} />);

    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByText("主题不能为空")).toBeTruthy());
    expect(screen.getByText("Say what was said.")).toBeTruthy();
    expect(screen.getByLabelText("Subject").getAttribute("aria-invalid")).toBe("true");
    const request = await sent(fetchMock.mock.calls[0] as unknown[]);
    expect(request).toEqual({
      path: "/api/v1/customers/c-1/communications",
      method: "POST",
      body: { channel: "phone", subject: "", content: "" },
    });
    expect(onDone).not.toHaveBeenCalled();
  });

  it("words the server's field errors in Chinese when the UI is Chinese", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          {
            status: 400,
            code: "validation_failed",
            detail: "The request is not valid.",
            errors: [
              { field: "subject", rule: "too_big", message: "Too big: expected <=200 characters" },
              // No translation for this rule: the server's own words are shown.
              { field: "content", rule: "made_up_rule", message: "Something specific." },
            ],
          },
          { status: 400, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    renderWithProviders(<LogCallForm customerId="c-1" onDone={() => undefined} />, "zh-CN");

    fireEvent.click(screen.getByRole("button", { name: "保存" }));

    expect(await screen.findByText("太长或超出上限。")).toBeTruthy();
    expect(screen.getByText("Something specific.")).toBeTruthy();
    expect(screen.queryByText("Too big: expected <=200 characters")).toBeNull();
  });

  it("resubmits with the same Idempotency-Key, so a lost answer cannot log the call twice", async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({ status: 503, detail: "Try again." }, { status: 503 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(<LogCallForm customerId="c-1" onDone={vi.fn()} />);
    fireEvent.change(screen.getByLabelText("Subject"), { target: { value: "Quote" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Try again.");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const keys = fetchMock.mock.calls.map((c) =>
      (c as unknown as [Request])[0].headers.get("idempotency-key"),
    );
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
