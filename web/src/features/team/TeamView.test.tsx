// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { localDate, userZone } from "../../i18n/time.ts";
import { renderWithProviders } from "../../test/render.tsx";
import { TeamView } from "./TeamView.tsx";
import { addDays, mondayOf } from "./week.ts";

const figures = {
  workingDays: 5,
  verified: 0,
  dueCustomers: 0,
  coveredCustomers: 0,
  visitsPerWorkingDay: null,
  coverageRate: null,
  validVisitRate: null,
  avgDwellMinutes: null,
  faceMinutes: 0,
  travelMinutes: null,
  travelShare: null,
  effectiveness: null,
};

const rep = (repId: string, name: string, c: Record<string, number | null>) => ({
  repId,
  name,
  timeZone: "Europe/Berlin",
  ...figures,
  ...c,
});

const report = {
  from: "2026-11-16",
  to: "2026-11-22",
  reps: [
    rep("lukas", "Lukas Weber", {
      planned: 8,
      completed: 5,
      missed: 2,
      cancelled: 1,
      followUpsDue: 6,
      followUpsDone: 4,
      planCompletionRate: 0.625,
    }),
    rep("sophie", "Sophie Müller", {
      planned: 0,
      completed: 0,
      missed: 0,
      cancelled: 0,
      followUpsDue: 0,
      followUpsDone: 0,
      planCompletionRate: null,
    }),
  ],
  total: {
    ...figures,
    planned: 8,
    completed: 5,
    missed: 2,
    cancelled: 1,
    followUpsDue: 6,
    followUpsDone: 4,
    planCompletionRate: 0.625,
  },
};

function stub(role: string) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/auth/session") {
      return Response.json({
        user: { id: "anna", name: "Anna", role, teamId: "t-1", locale: "en" },
        via: "session",
        csrfToken: "c",
        expiresAt: null,
      });
    }
    if (path === "/api/v1/visits/kpis") return Response.json(report);
    return Response.json({ status: 404 }, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const kpiQueries = (fetchMock: ReturnType<typeof stub>) =>
  fetchMock.mock.calls
    .map((c) => new URL((c[0] as Request).url))
    .filter((u) => u.pathname === "/api/v1/visits/kpis")
    .map((u) => Object.fromEntries(u.searchParams));

describe("team plan vs done", () => {
  it("shows each rep's planned, completed, missed and cancelled visits and follow-ups", async () => {
    const fetchMock = stub("manager");
    renderWithProviders(<TeamView />);
    const lukas = await screen.findByRole("region", { name: "Lukas Weber" });
    expect(lukas.textContent).toContain("5 / 8 visits · 63%");
    expect(lukas.textContent).toContain("Missed2");
    expect(lukas.textContent).toContain("Cancelled1");
    expect(lukas.textContent).toContain("Follow-ups done4 / 6");
    const sophie = screen.getByRole("region", { name: "Sophie Müller" });
    expect(sophie.textContent).toContain("0 / 0 visits");
    expect(sophie.textContent).not.toContain("%");

    // This week (Mon–Sun) first; a manager asks for no team: the server scopes to theirs.
    const monday = mondayOf(localDate(new Date(), userZone(undefined)));
    expect(kpiQueries(fetchMock)[0]).toEqual({ from: monday, to: addDays(monday, 6) });
    fireEvent.click(screen.getByRole("button", { name: "Previous week" }));
    await waitFor(() =>
      expect(kpiQueries(fetchMock).at(-1)).toEqual({
        from: addDays(monday, -7),
        to: addDays(monday, -1),
      }),
    );
    expect(screen.getByRole("button", { name: "This week" })).toBeTruthy();
  });

  it("refuses reps", async () => {
    const fetchMock = stub("rep");
    renderWithProviders(<TeamView />);
    await screen.findByText("The team view is for managers and admins.");
    expect(kpiQueries(fetchMock)).toEqual([]);
  });
});
