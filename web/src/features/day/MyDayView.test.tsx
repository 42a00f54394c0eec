// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { MyDayView } from "./MyDayView.tsx";

const session = {
  user: { id: "u-1", name: "Li Wei", role: "rep", timeZone: "Asia/Shanghai", locale: "en" },
  via: "session",
  csrfToken: "t",
  expiresAt: null,
};

function visit(id: string, customerId: string, plannedStart: string, status = "planned") {
  return {
    id,
    customerId,
    repId: "u-1",
    type: "on_site",
    purpose: null,
    agenda: [],
    plannedStart,
    plannedEnd: plannedStart,
    status,
    version: 1,
  };
}

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
      if (url === "/api/v1/auth/session") return Response.json(session);
      if (url === "/api/v1/visits") return Response.json({ items: [], nextCursor: null });
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

  it("titles a reminder in the language on screen, from its parameters", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        const url = new URL(request.url).pathname;
        if (url === "/api/v1/auth/session") return Response.json(session);
        if (url === "/api/v1/notifications") {
          return Response.json({
            items: [
              {
                id: "n-1",
                kind: "follow_up_due",
                // Rendered for the profile's language, not yet switched on the server.
                title: "Follow-up due: 上海华信医药有限公司",
                body: "确认报价",
                params: { customerName: "上海华信医药有限公司", notes: "确认报价" },
                customerId: "c-1",
                createdAt: "2026-11-22T01:00:00.000Z",
                readAt: null,
              },
              {
                id: "n-2",
                kind: "something_new",
                title: "服务器写的标题",
                body: null,
                params: {},
                customerId: null,
                createdAt: "2026-11-22T00:00:00.000Z",
                readAt: null,
              },
            ],
            nextCursor: null,
            unreadCount: 2,
          });
        }
        if (url === "/api/v1/me/day") {
          return Response.json({
            date: "2026-11-22",
            timeZone: "Asia/Shanghai",
            counts: { overdue: 0, today: 0, upcoming: 0 },
            overdue: [],
            today: [],
            upcoming: [],
          });
        }
        return Response.json({ items: [], nextCursor: null });
      }),
    );
    renderWithProviders(
      <MemoryRouter>
        <MyDayView />
      </MemoryRouter>,
      "zh-CN",
    );
    const link = await screen.findByRole("link", { name: "跟进到期：上海华信医药有限公司" });
    expect(link.getAttribute("href")).toBe("/customers/c-1");
    expect(screen.getByText("服务器写的标题")).toBeTruthy();
  });

  it("shows today's visits in route order with ETAs, each linking to its visit", async () => {
    const seen: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        seen.push(url.pathname + url.search);
        if (url.pathname === "/api/v1/auth/session") return Response.json(session);
        if (url.pathname === "/api/v1/visits") {
          return Response.json({
            items: [
              visit("v-1", "c-1", "2026-11-22T01:30:00.000Z", "completed"),
              visit("v-2", "c-2", "2026-11-22T03:00:00.000Z"),
            ],
            nextCursor: null,
          });
        }
        if (url.pathname.startsWith("/api/v1/customers/")) {
          const id = url.pathname.split("/").pop();
          return Response.json({ id, name: id === "c-1" ? "上海华信医药" : "Müller GmbH" });
        }
        if (url.pathname === "/api/v1/me/day") {
          return Response.json({
            date: "2026-11-22",
            timeZone: "Asia/Shanghai",
            counts: { overdue: 0, today: 0, upcoming: 0 },
            overdue: [],
            today: [],
            upcoming: [],
          });
        }
        return Response.json({ items: [], nextCursor: null, unreadCount: 0 });
      }),
    );
    renderWithProviders(
      <MemoryRouter>
        <MyDayView />
      </MemoryRouter>,
    );

    const region = await screen.findByRole("region", { name: "Today's visits" });
    await waitFor(() => expect(region.textContent).toContain("Müller GmbH"));
    const links = Array.from(region.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/visits/v-1", "/visits/v-2"]);
    // 01:30Z and 03:00Z are 09:30 and 11:00 in Shanghai, the rep's zone.
    expect(region.textContent).toContain("Stop 1 · ETA 09:30");
    expect(region.textContent).toContain("Stop 2 · ETA 11:00");
    expect(region.textContent).toContain("Completed");
    const query = seen.find((p) => p.startsWith("/api/v1/visits?")) ?? "";
    expect(query).toContain("repId=u-1");
    // The rep's day in Shanghai: from 16:00Z the evening before.
    expect(decodeURIComponent(query)).toMatch(/from=\d{4}-\d{2}-\d{2}T16:00:00\.000Z/);
  });
});
