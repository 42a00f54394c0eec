// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { localInput, userZone, zonedToInstant } from "../../i18n/time.ts";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { AddFollowUpForm } from "./AddFollowUpForm.tsx";

// No profile in these tests: times are read in the browser's zone.
const zone = userZone(undefined);
const inDays = (days: number) => localInput(days, "09:00", zone);

describe("add a follow-up", () => {
  it("defaults to a call tomorrow at nine, and a chip picks another day", async () => {
    const fetchMock = vi.fn(async () => Response.json({ id: "f-1" }, { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const onDone = vi.fn();
    renderWithProviders(<AddFollowUpForm customerId="c-1" onDone={onDone} />);

    expect((screen.getByLabelText("Due") as HTMLInputElement).value).toBe(inDays(1));
    fireEvent.click(screen.getByRole("radio", { name: "In 3 days" }));
    expect((screen.getByLabelText("Due") as HTMLInputElement).value).toBe(inDays(3));
    fireEvent.change(screen.getByLabelText("Notes"), { target: { value: "Confirm the quote" } });
    fireEvent.click(screen.getByRole("button", { name: "Save follow-up" }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await sent(fetchMock.mock.calls[0] as unknown[])).toEqual({
      path: "/api/v1/customers/c-1/follow-ups",
      method: "POST",
      body: {
        kind: "call",
        dueAt: zonedToInstant(inDays(3), zone),
        notes: "Confirm the quote",
      },
    });
  });

  it("shows the server's message next to the due date", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          {
            status: 400,
            code: "validation_failed",
            detail: "The request is not valid.",
            errors: [{ field: "dueAt", rule: "format:datetime", message: "Invalid ISO datetime" }],
          },
          { status: 400, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    renderWithProviders(<AddFollowUpForm customerId="c-1" onDone={() => undefined} />, "zh-CN");
    fireEvent.change(screen.getByLabelText("截止时间"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "保存跟进" }));

    expect(await screen.findByText("日期时间无效。")).toBeTruthy();
    expect(screen.getByLabelText("截止时间").getAttribute("aria-invalid")).toBe("true");
  });
});
