// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { nextMonday } from "./model.ts";
import { PlanWorkspace } from "./PlanWorkspace.tsx";

const TEAM = "00000000-0000-4000-8000-000000000010";
const user = (role: "manager" | "rep") =>
  ({
    id: "00000000-0000-4000-8000-000000000009",
    email: "anna@rapport.example",
    name: "Anna",
    role,
    teamId: TEAM,
    locale: "en",
    timeZone: "Europe/Berlin",
    homeAddress: null,
    homeLat: null,
    homeLon: null,
    workingHours: null,
    mapApp: null,
    active: true,
    createdAt: "2030-01-01T00:00:00.000Z",
    updatedAt: "2030-01-01T00:00:00.000Z",
    version: 1,
  }) as const;

const queued = {
  id: "p-1",
  status: "queued",
  progress: 0,
  startDate: nextMonday(),
  days: 5,
  repIds: [],
  result: null,
  error: null,
  createdBy: null,
  createdAt: "2030-01-01T00:00:00.000Z",
  publishedAt: null,
  version: 1,
};

function stub(create: () => Response, polls: Record<string, unknown>[] = []) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/users") return Response.json({ items: [] });
    if (path === "/api/v1/visit-plans" && request.method === "POST") return create();
    return Response.json(polls.shift() ?? { ...queued, status: "failed", error: "stop" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const show = (role: "manager" | "rep") =>
  renderWithProviders(
    <MemoryRouter initialEntries={["/visits/plan"]}>
      <PlanWorkspace user={user(role)} />
    </MemoryRouter>,
  );

describe("setting up a plan", () => {
  it("plans the manager's team from next Monday and follows the job's progress", async () => {
    const fetchMock = stub(
      () => Response.json(queued, { status: 202 }),
      [{ ...queued, status: "running", progress: 40 }],
    );
    show("manager");
    expect((screen.getByLabelText(/Start date/) as HTMLInputElement).value).toBe(nextMonday());
    fireEvent.click(screen.getByRole("button", { name: "Plan visits" }));
    expect(await screen.findByText("Planning… 40 %")).toBeTruthy();
    const posts = (await Promise.all(fetchMock.mock.calls.map((c) => sent(c)))).filter(
      (c) => c.method === "POST",
    );
    expect(posts).toEqual([
      {
        method: "POST",
        path: "/api/v1/visit-plans",
        body: { startDate: nextMonday(), days: 5, teamId: TEAM },
      },
    ]);
    // Polling continues until the job answers; here it fails and says why.
    expect(await screen.findByText("stop", {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText("Planning failed")).toBeTruthy();
  });

  it("asks for reps when the manager chooses them, before sending anything", async () => {
    const fetchMock = stub(() => Response.json(queued, { status: 202 }));
    show("manager");
    fireEvent.click(screen.getByText("Choose reps"));
    fireEvent.click(screen.getByRole("button", { name: "Plan visits" }));
    expect(await screen.findByText("Pick at least one rep.")).toBeTruthy();
    const methods = fetchMock.mock.calls.map((c) => (c[0] as Request).method);
    expect(methods).not.toContain("POST");
  });

  it("a rep plans their own week; the server's field messages show at the fields", async () => {
    const fetchMock = stub(() =>
      Response.json(
        {
          status: 400,
          code: "validation_failed",
          detail: "The request is not valid.",
          errors: [{ field: "days", rule: "too_big", message: "At most 14." }],
        },
        { status: 400, headers: { "content-type": "application/problem+json" } },
      ),
    );
    show("rep");
    expect(screen.queryByText("Choose reps")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Plan visits" }));
    expect(await screen.findByText("At most 14.")).toBeTruthy();
    await waitFor(async () => {
      const post = (await Promise.all(fetchMock.mock.calls.map((c) => sent(c)))).find(
        (c) => c.method === "POST",
      );
      expect(post?.body).toEqual({ startDate: nextMonday(), days: 5 });
    });
  });
});
