// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { DueList } from "./DueList.tsx";
import { visitFixture } from "./testing.ts";

const due = {
  customerId: "c-1",
  name: "上海华信医药有限公司",
  tier: "A",
  ownerId: "u-1",
  latitude: 31.23,
  longitude: 121.47,
  score: 87,
  due: true,
  mandatory: true,
  daysSinceLastVisit: 34,
  booked: false,
  reasons: [
    { code: "tier" as const, tier: "A" },
    { code: "days_since" as const, days: 34, max: 30 },
    { code: "open_needs" as const, count: 2, overdue: 1 },
  ],
  reasonText: "A-tier · 34 days since last visit (max 30) · 2 open needs, one overdue",
};

/** What the server renders for the language the request asks for. */
const REASON_TEXT: Record<string, string> = {
  en: due.reasonText,
  "zh-CN": "A类客户 · 距上次拜访34天（上限30天） · 2个未结需求，1个已逾期",
};

function stub() {
  const fetchMock = vi.fn(async (request: Request) => {
    if (request.method === "POST")
      return Response.json(visitFixture({ id: "v-9" }), { status: 201 });
    const locale = request.headers.get("accept-language") ?? "en";
    return Response.json({ items: [{ ...due, reasonText: REASON_TEXT[locale] ?? "?" }] });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("due list", () => {
  it("ranks customers with score and reasons in the UI's language", async () => {
    stub();
    renderWithProviders(
      <MemoryRouter>
        <DueList repId={null} />
      </MemoryRouter>,
      "zh-CN",
    );
    const row = await screen.findByTestId("due-row");
    expect(row.textContent).toContain("A类客户 · 距上次拜访34天（上限30天）");
    expect(row.textContent).not.toContain("A-tier");
    expect(row.textContent).toContain("87 分");
    expect(row.textContent).toContain("必须拜访");
    expect(within(row).getByRole("link", { name: due.name }).getAttribute("href")).toBe(
      "/customers/c-1",
    );
  });

  it("asks for the manager's chosen rep and schedules a visit for them", async () => {
    const fetchMock = stub();
    renderWithProviders(
      <MemoryRouter>
        <DueList repId="u-7" />
      </MemoryRouter>,
    );
    const row = await screen.findByTestId("due-row");
    expect(row.textContent).toContain("A-tier · 34 days since last visit");
    expect((await sent(fetchMock.mock.calls[0] as unknown[])).path).toBe(
      "/api/v1/visits/due?limit=50&rep=u-7",
    );

    fireEvent.click(within(row).getByRole("button", { name: /Schedule visit/ }));
    fireEvent.change(await screen.findByLabelText("Date and time"), {
      target: { value: "2026-11-24T09:30" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(row.textContent).toContain("Visit scheduled."));
    const post = await sent(fetchMock.mock.calls[1] as unknown[]);
    const body = post.body as { plannedStart: string; plannedEnd: string; repId: string };
    expect(post.path).toBe("/api/v1/visits");
    expect(body.repId).toBe("u-7");
    expect(Date.parse(body.plannedEnd) - Date.parse(body.plannedStart)).toBe(45 * 60_000);
    expect(within(row).getByRole("link", { name: "Open visit" }).getAttribute("href")).toBe(
      "/visits/v-9",
    );
  });
});
