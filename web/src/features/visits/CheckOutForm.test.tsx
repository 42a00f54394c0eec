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

/** The server's answer to the check-out; app-config is answered on the side. */
function stub(answer: () => Response) {
  const fetchMock = vi.fn(async (request: Request) =>
    new URL(request.url).pathname === "/api/v1/app-config"
      ? Response.json({ photoMaxBytes: 8 * 1024 * 1024 })
      : answer(),
  );
  vi.stubGlobal("fetch", fetchMock);
  const calls = () =>
    fetchMock.mock.calls.filter(
      ([r]) => new URL((r as Request).url).pathname !== "/api/v1/app-config",
    );
  return calls;
}

describe("check-out form", () => {
  it("shows the server's validation messages next to the fields", async () => {
    const calls = stub(() =>
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
    const request = await sent(calls()[0] as unknown[]);
    expect(request).toEqual({
      path: "/api/v1/visits/v-1/check-out",
      method: "POST",
      body: { result: "", followUps: [{ kind: "call", dueAt: "", notes: null }] },
    });
  });

  it("sends result and score, and shows a 409 as the server says it", async () => {
    const calls = stub(() =>
      problem(409, {
        code: "visit_missed",
        detail: "The visit's day has passed; it is missed. Log a new visit instead.",
      }),
    );
    renderWithProviders(<CheckOutForm visit={visitFixture({ status: "checked_in" })} />);

    fireEvent.change(screen.getByLabelText("Result"), { target: { value: "Order confirmed" } });
    fireEvent.click(screen.getByRole("radio", { name: "4" }));
    fireEvent.click(screen.getByRole("button", { name: "Check out" }));

    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("it is missed"));
    const request = await sent(calls()[0] as unknown[]);
    expect(request.body).toEqual({ result: "Order confirmed", resultScore: 4 });
  });

  it("sends the device's position, and asks for a reason when it is far from the customer", async () => {
    Object.defineProperty(navigator, "geolocation", {
      value: {
        getCurrentPosition: (ok: PositionCallback) =>
          ok({ coords: { latitude: 48.1, longitude: 11.5, accuracy: 9 } } as GeolocationPosition),
      },
      configurable: true,
    });
    let first = true;
    const calls = stub(() => {
      if (!first) return Response.json(visitFixture({ status: "completed" }));
      first = false;
      return problem(422, {
        code: "check_out_reason_required",
        detail: "This check-out needs a reason.",
        errors: [
          {
            field: "reasonCode",
            rule: "out_of_radius",
            message: "900 m",
            params: { distanceM: 900, radiusM: 200 },
          },
        ],
      });
    });
    renderWithProviders(<CheckOutForm visit={visitFixture({ status: "checked_in" })} />);
    fireEvent.change(screen.getByLabelText("Result"), { target: { value: "Done" } });
    fireEvent.click(screen.getByRole("radio", { name: "5" }));
    fireEvent.click(screen.getByRole("button", { name: "Check out" }));
    const prompt = await screen.findByTestId("reason-prompt");
    expect(prompt.textContent).toContain("You are 900 m from the customer (allowed: 200 m).");
    fireEvent.click(screen.getByRole("radio", { name: "Checked out after leaving" }));
    fireEvent.click(screen.getByRole("button", { name: "Check out with this reason" }));
    await waitFor(() => expect(calls()).toHaveLength(2));
    expect((await sent(calls()[1] as unknown[])).body).toEqual({
      result: "Done",
      resultScore: 5,
      lat: 48.1,
      lon: 11.5,
      accuracyM: 9,
      reasonCode: "left_before_check_out",
      reasonNote: null,
    });
  });
});
