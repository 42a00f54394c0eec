// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { MyDayView } from "./MyDayView.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const followUp = {
  id: "f-1",
  customerId: "c-1",
  kind: "call",
  dueAt: "2026-11-20T02:00:00.000Z",
  notes: "确认报价",
  status: "open",
  overdue: true,
};

describe("My day", () => {
  it("lists follow-ups by bucket and marks all notifications read", async () => {
    let unread = 2;
    const calls: string[] = [];
    const fetchMock = vi.fn(async (request: Request) => {
      const url = new URL(request.url).pathname;
      calls.push(`${request.method} ${url}`);
      if (url === "/api/v1/me/day") {
        return Response.json({
          date: "2026-11-22",
          timeZone: "Asia/Shanghai",
          counts: { overdue: 1, today: 0, upcoming: 0 },
          overdue: [followUp],
          today: [],
          upcoming: [],
        });
      }
      if (url === "/api/v1/notifications/read-all" && request.method === "POST") {
        unread = 0;
        return Response.json({ updated: 2 });
      }
      return Response.json({
        items: [
          {
            id: "n-1",
            kind: "follow_up_due",
            title: "Follow-up due: 上海华信医药有限公司",
            body: null,
            customerId: "c-1",
            createdAt: "2026-11-22T01:00:00.000Z",
            readAt: null,
          },
        ],
        nextCursor: null,
        unreadCount: unread,
      });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter>
        <MyDayView />
      </MemoryRouter>,
    );

    await screen.findByText("确认报价");
    expect(screen.getByRole("region", { name: "Overdue" }).textContent).toContain("Call");
    await screen.findByText("2 unread");

    fireEvent.click(screen.getByRole("button", { name: "Mark all read" }));
    await waitFor(() => expect(screen.queryByText("2 unread")).toBeNull());
    expect(calls).toContain("POST /api/v1/notifications/read-all");
  });
});
