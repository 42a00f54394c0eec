// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { NeedsBoard } from "./NeedsBoard.tsx";

function need(id: string, status: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    customerId: "c-1",
    type: "complaint",
    title,
    detail: null,
    importance: 4,
    urgency: "normal",
    status,
    ownerId: "u-1",
    sourceCommunicationId: null,
    dueAt: "2026-11-20T02:00:00.000Z",
    overdue: false,
    resolutionNote: null,
    closedAt: null,
    createdAt: "2026-11-01T02:00:00.000Z",
    updatedAt: "2026-11-01T02:00:00.000Z",
    version: 3,
    customerName: "华信贸易",
    ownerName: "Li Wei",
    ...extra,
  };
}

/** A fake API: the board's lists, and `transition` answering whatever the test says. */
function server(transition: (body: { to: string }) => Response) {
  const needs = [
    need("n-1", "open", "Late delivery", { overdue: true }),
    need("n-2", "resolved", "Price list"),
  ];
  return vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/needs" && request.method === "GET") {
      const status = url.searchParams.get("status");
      return Response.json({ items: needs.filter((n) => n.status === status), nextCursor: null });
    }
    if (url.pathname === "/api/v1/need-types") {
      return Response.json({
        items: [
          { key: "complaint", labelEn: "Complaint", labelZh: "投诉", slaDays: [1], active: true },
        ],
      });
    }
    if (url.pathname === "/api/v1/users") return Response.json({ items: [] });
    if (url.pathname.endsWith("/transition")) {
      const body = (await request.clone().json()) as { to: string };
      const res = transition(body);
      if (res.ok) {
        const moved = needs.find((n) => url.pathname.includes(n.id));
        if (moved) moved.status = body.to;
      }
      return res;
    }
    return Response.json({}, { status: 404 });
  });
}

const column = (name: string) => screen.getByRole("region", { name });

async function moveVia(cardTitle: string, to: string) {
  const card = (await screen.findByText(cardTitle)).closest("[data-need-id]") as HTMLElement;
  fireEvent.click(within(card).getByRole("button", { name: "Move to…" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: to }));
}

describe("needs board", () => {
  it("shows cards by status and moves one through the Move to… menu", async () => {
    const fetchMock = server((body) => Response.json(need("n-1", body.to, "Late delivery")));
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter>
        <NeedsBoard />
      </MemoryRouter>,
    );

    await screen.findByText("Late delivery");
    expect(within(column("Open")).getByText("Late delivery")).toBeTruthy();
    expect(within(column("Open")).getByText("Overdue")).toBeTruthy();
    expect(within(column("Open")).getByText("华信贸易")).toBeTruthy();
    expect(within(column("Open")).getByText("Complaint")).toBeTruthy();
    await moveVia("Late delivery", "In progress");

    await waitFor(() =>
      expect(within(column("In progress")).getByText("Late delivery")).toBeTruthy(),
    );
    const post = fetchMock.mock.calls.find(([r]) => (r as Request).method === "POST");
    if (!post) throw new Error("no transition was sent");
    expect(await sent(post)).toEqual({
      path: "/api/v1/needs/n-1/transition",
      method: "POST",
      body: { to: "in_progress" },
    });
    // The version read with the list goes along, so a stale board cannot overwrite a change.
    expect(post[0].headers.get("if-match")).toBe('"3"');
    expect(within(column("Open")).queryByText("Late delivery")).toBeNull();
    // Keyboard users stay with the card they moved.
    expect(document.activeElement).toBe(
      within(column("In progress")).getByRole("button", {
        name: "Drag “Late delivery” to another column",
      }),
    );
  });

  it("shows the server's reason when a move is refused, and keeps the card where it was", async () => {
    const fetchMock = server(() =>
      Response.json(
        {
          status: 409,
          code: "invalid_transition",
          detail: "A need cannot go from resolved to in_progress.",
          errors: [{ field: "to", rule: "transition", message: "Not allowed from resolved." }],
        },
        { status: 409, headers: { "content-type": "application/problem+json" } },
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter>
        <NeedsBoard />
      </MemoryRouter>,
    );

    await moveVia("Price list", "In progress");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("A need cannot go from resolved to in_progress.");
    await waitFor(() => expect(within(column("Resolved")).getByText("Price list")).toBeTruthy());
    expect(within(column("In progress")).queryByText("Price list")).toBeNull();
  });

  it("asks for a note before resolving, and sends it", async () => {
    const fetchMock = server((body) => Response.json(need("n-1", body.to, "Late delivery")));
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter>
        <NeedsBoard />
      </MemoryRouter>,
    );

    await moveVia("Late delivery", "Dropped");
    const note = await screen.findByLabelText(/Resolution note/);
    fireEvent.change(note, { target: { value: "Customer withdrew" } });
    fireEvent.click(screen.getByRole("button", { name: "Move" }));

    await waitFor(() => expect(within(column("Dropped")).getByText("Late delivery")).toBeTruthy());
    const post = fetchMock.mock.calls.find(([r]) => (r as Request).method === "POST");
    expect((await sent(post as unknown[])).body).toEqual({
      to: "dropped",
      note: "Customer withdrew",
    });
  });

  it("words a refused move in Chinese for a Chinese UI", async () => {
    vi.stubGlobal(
      "fetch",
      server(() =>
        Response.json(
          {
            status: 409,
            code: "invalid_transition",
            detail: "A need cannot go from resolved to in_progress.",
          },
          { status: 409, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    renderWithProviders(
      <MemoryRouter>
        <NeedsBoard />
      </MemoryRouter>,
      "zh-CN",
    );

    const card = (await screen.findByText("Price list")).closest("[data-need-id]") as HTMLElement;
    fireEvent.click(within(card).getByRole("button", { name: "移动到…" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "处理中" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("需求不能从“已解决”直接改为“处理中”。");
  });

  it("shows one error with a retry when the board cannot be read", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          { status: 500, code: "internal", detail: "Something went wrong on the server." },
          { status: 500, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    renderWithProviders(
      <MemoryRouter>
        <NeedsBoard />
      </MemoryRouter>,
    );

    expect(await screen.findByText("Something went wrong on the server.")).toBeTruthy();
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
