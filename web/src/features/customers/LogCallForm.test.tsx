// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { LogCallForm } from "./LogCallForm.tsx";

/** The form also reads the customer's contacts; these are the calls that logged something. */
function posts(fetchMock: { mock: { calls: unknown[][] } }): unknown[][] {
  return fetchMock.mock.calls.filter((c) => (c[0] as Request).method === "POST");
}

const contacts = {
  items: [
    {
      id: "p-1",
      customerId: "c-1",
      name: "朱静",
      title: "采购经理",
      phone: "+86 131 4985 0123",
      email: null,
      wechatId: "zhujing_88",
      isPrimary: true,
      notes: null,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      version: 1,
    },
  ],
  nextCursor: null,
};

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
    expect(screen.getByLabelText("Subject (optional)").getAttribute("aria-invalid")).toBe("true");
    const request = await sent(posts(fetchMock)[0]!);
    // Nothing typed is nothing sent: the server, not an empty subject, says what is missing.
    expect(request).toEqual({
      path: "/api/v1/customers/c-1/communications",
      method: "POST",
      body: { channel: "phone", direction: "out" },
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
    fireEvent.change(screen.getByLabelText("Subject (optional)"), { target: { value: "Quote" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Try again.");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(posts(fetchMock)).toHaveLength(2));
    const keys = posts(fetchMock).map((c) =>
      (c as unknown as [Request])[0].headers.get("idempotency-key"),
    );
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("logs a WeChat message from a contact, without a subject", async () => {
    const fetchMock = vi.fn(async (req: Request) =>
      req.method === "GET"
        ? Response.json(contacts)
        : Response.json({ id: "m-1" }, { status: 201 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const onDone = vi.fn();
    renderWithProviders(<LogCallForm customerId="c-1" channel="wechat" onDone={onDone} />, "zh-CN");

    // The contact list names each contact's WeChat ID, so the rep picks the right chat.
    const contact = await screen.findByLabelText("联系人");
    expect(screen.getByRole("option", { name: "朱静 · 微信：zhujing_88" })).toBeTruthy();
    fireEvent.change(contact, { target: { value: "p-1" } });
    fireEvent.click(screen.getByLabelText("对方联系"));
    fireEvent.change(screen.getByLabelText("沟通内容"), {
      target: { value: "朱经理微信确认下周二上午拜访" },
    });
    fireEvent.click(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await sent(posts(fetchMock)[0]!)).toEqual({
      path: "/api/v1/customers/c-1/communications",
      method: "POST",
      body: {
        channel: "wechat",
        direction: "in",
        contactId: "p-1",
        content: "朱经理微信确认下周二上午拜访",
      },
    });
  });
});
