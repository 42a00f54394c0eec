// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { AddNeedForm } from "./AddNeedForm.tsx";

const types = {
  items: [
    { key: "complaint", labelEn: "Complaint", labelZh: "投诉", slaDays: [1], active: true },
    { key: "quote", labelEn: "Quote", labelZh: "报价", slaDays: [3], active: true },
  ],
};

const invalid = Response.json(
  {
    status: 400,
    code: "validation_failed",
    detail: "The request is not valid.",
    errors: [
      {
        field: "title",
        rule: "too_small",
        message: "Too small: expected string to have >=1 characters",
      },
    ],
  },
  { status: 400, headers: { "content-type": "application/problem+json" } },
);

function api(create: () => Response) {
  return vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/need-types") return Response.json(types);
    if (path === "/api/v1/customers/c-1/needs") return create();
    return Response.json({}, { status: 404 });
  });
}

describe("add a need", () => {
  it("sends the defaults with the title and closes", async () => {
    const fetchMock = api(() => Response.json({ id: "n-1" }, { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const onDone = vi.fn();
    renderWithProviders(<AddNeedForm customerId="c-1" onDone={onDone} />);

    await screen.findByDisplayValue("Complaint");
    fireEvent.change(screen.getByLabelText("What does the customer need?"), {
      target: { value: "Spare parts 备件" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save need" }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([r]) => (r as Request).method === "POST");
    expect(await sent(post as unknown[])).toEqual({
      path: "/api/v1/customers/c-1/needs",
      method: "POST",
      body: { type: "complaint", title: "Spare parts 备件", importance: 3 },
    });
  });

  it("shows the server's field error, in Chinese for a Chinese UI", async () => {
    vi.stubGlobal(
      "fetch",
      api(() => invalid.clone()),
    );
    const onDone = vi.fn();
    renderWithProviders(<AddNeedForm customerId="c-1" onDone={onDone} />, "zh-CN");

    await screen.findByDisplayValue("投诉");
    fireEvent.click(screen.getByRole("button", { name: "保存需求" }));

    expect(await screen.findByText("不能为空，或太短、太小。")).toBeTruthy();
    expect(screen.getByLabelText("客户需要什么？").getAttribute("aria-invalid")).toBe("true");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("keeps the server's English message in an English UI", async () => {
    vi.stubGlobal(
      "fetch",
      api(() => invalid.clone()),
    );
    renderWithProviders(<AddNeedForm customerId="c-1" onDone={() => undefined} />);
    await screen.findByDisplayValue("Complaint");
    fireEvent.click(screen.getByRole("button", { name: "Save need" }));
    expect(
      await screen.findByText("Too small: expected string to have >=1 characters"),
    ).toBeTruthy();
  });
});
