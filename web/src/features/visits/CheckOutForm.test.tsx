// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { CheckOutForm } from "./CheckOutForm.tsx";
import { visitFixture } from "./testing.ts";

const problem = (status: number, body: object) =>
  Response.json(
    { status, ...body },
    { status, headers: { "content-type": "application/problem+json" } },
  );

describe("check-out form", () => {
  it("shows the server's validation messages next to the fields", async () => {
    const fetchMock = vi.fn(async () =>
      problem(400, {
        code: "validation_failed",
        detail: "The request is not valid.",
        errors: [
          { field: "result", rule: "too_small", message: "请填写拜访结果" },
          { field: "resultScore", rule: "required", message: "Give a score from 1 to 5." },
          { field: "followUps.0.dueAt", rule: "format", message: "Use an ISO date-time." },
        ],
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(<CheckOutForm visit={visitFixture({ status: "checked_in" })} />);

    fireEvent.click(screen.getByRole("checkbox", { name: "Add a follow-up" }));
    fireEvent.change(screen.getByLabelText("Due"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Check out" }));

    await screen.findByText("请填写拜访结果");
    expect(screen.getByText("Give a score from 1 to 5.")).toBeTruthy();
    expect(screen.getByText("Use an ISO date-time.")).toBeTruthy();
    expect(screen.getByLabelText("Result").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Due").getAttribute("aria-invalid")).toBe("true");
    // Field messages explain it all: no form-level alert on top.
    expect(screen.queryByText("The request is not valid.")).toBeNull();
    const request = await sent(fetchMock.mock.calls[0] as unknown[]);
    expect(request).toEqual({
      path: "/api/v1/visits/v-1/check-out",
      method: "POST",
      body: { result: "", followUps: [{ kind: "call", dueAt: "", notes: null }] },
    });
  });

  it("sends result and score, and shows a 409 as the server says it", async () => {
    const fetchMock = vi.fn(async () =>
      problem(409, {
        code: "visit_missed",
        detail: "The visit's day has passed; it is missed. Log a new visit instead.",
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(<CheckOutForm visit={visitFixture({ status: "checked_in" })} />);

    fireEvent.change(screen.getByLabelText("Result"), { target: { value: "Order confirmed" } });
    fireEvent.click(screen.getByRole("radio", { name: "4" }));
    fireEvent.click(screen.getByRole("button", { name: "Check out" }));

    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("it is missed"));
    const request = await sent(fetchMock.mock.calls[0] as unknown[]);
    expect(request.body).toEqual({ result: "Order confirmed", resultScore: 4 });
  });
});
