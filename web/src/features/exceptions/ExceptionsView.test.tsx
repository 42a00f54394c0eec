// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { ExceptionsView } from "./ExceptionsView.tsx";

const zero = { out_of_radius: 0, unverified: 0, early: 0, late: 0, missed: 0, short: 0 };

const counts = {
  from: "2026-10-27T00:00:00.000Z",
  to: "2026-11-26T00:00:00.000Z",
  reps: [
    {
      repId: "li",
      name: "李伟",
      teamId: "t",
      visits: 2,
      counts: { ...zero, out_of_radius: 1, missed: 1 },
    },
    { repId: "zm", name: "张敏", teamId: "t", visits: 0, counts: zero },
  ],
  total: { visits: 2, counts: { ...zero, out_of_radius: 1, missed: 1 } },
};

const item = {
  visitId: "v-1",
  customerId: "c-1",
  customerName: "博远贸易",
  repId: "li",
  repName: "李伟",
  type: "on_site",
  status: "checked_in",
  plannedStart: "2026-11-24T02:00:00.000Z",
  plannedEnd: "2026-11-24T03:00:00.000Z",
  kinds: ["out_of_radius", "early"],
  checkInAt: "2026-11-23T01:00:00.000Z",
  verification: "out_of_radius",
  checkInDistanceM: 3120,
  checkInReason: { code: "met_elsewhere", note: "展会" },
  earlyMinutes: 1500,
  lateMinutes: 0,
  checkOutAt: null,
  checkOutVerification: null,
  checkOutDistanceM: null,
  checkOutReason: null,
  dwellMinutes: null,
  photoCount: 2,
};

function stub(role: string) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/auth/session") {
      return Response.json({
        user: { id: "wf", name: "王芳", role, teamId: "t", locale: "zh-CN" },
        via: "session",
        csrfToken: "c",
        expiresAt: null,
      });
    }
    if (path === "/api/v1/visit-exceptions/counts") return Response.json(counts);
    if (path === "/api/v1/visit-exceptions")
      return Response.json({ items: [item], nextCursor: null });
    return Response.json({ status: 404 }, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  const queries = (path: string) =>
    fetchMock.mock.calls
      .map((c) => new URL((c[0] as Request).url))
      .filter((u) => u.pathname === path)
      .map((u) => Object.fromEntries(u.searchParams));
  return queries;
}

describe("visit exceptions", () => {
  it("shows the counts per rep and the visits with their kinds, details and reason", async () => {
    const queries = stub("manager");
    renderWithProviders(
      <MemoryRouter>
        <ExceptionsView />
      </MemoryRouter>,
      "zh-CN",
    );
    const row = await screen.findByTestId("exception-row");
    expect(row.textContent).toContain("博远贸易");
    expect(row.textContent).toContain("超出范围");
    expect(row.textContent).toContain("提前");
    expect(row.textContent).toContain("距客户 3,120 米 · 提前 1 天 1 小时 · 2 张照片");
    expect(row.textContent).toContain("原因：在其他地点见客户 — 展会");
    const table = screen.getByTestId("exception-counts");
    expect(table.textContent).toContain("李伟");
    expect(table.textContent).toContain("张敏");

    // Tapping a rep narrows the list; the table keeps every rep.
    fireEvent.click(screen.getByRole("button", { name: "查看李伟的异常" }));
    await waitFor(() => expect(queries("/api/v1/visit-exceptions").at(-1)?.repId).toBe("li"));
    expect(queries("/api/v1/visit-exceptions/counts").every((q) => q.repId === undefined)).toBe(
      true,
    );

    // A kind narrows both.
    fireEvent.click(screen.getByRole("checkbox", { name: "未拜访" }));
    await waitFor(() => expect(queries("/api/v1/visit-exceptions").at(-1)?.kind).toBe("missed"));
    expect(queries("/api/v1/visit-exceptions/counts").at(-1)?.kind).toBe("missed");
  });

  it("tells reps it is not theirs, and asks nothing", async () => {
    const queries = stub("rep");
    renderWithProviders(<ExceptionsView />);
    await screen.findByText("Managers and admins see their team's exceptions here.");
    expect(queries("/api/v1/visit-exceptions")).toEqual([]);
  });
});
