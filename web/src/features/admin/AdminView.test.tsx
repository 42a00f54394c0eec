// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { AdminView } from "./AdminView.tsx";

const user = (id: string, name: string, role: string, teamId: string | null) => ({
  id,
  email: `${id}@rapport.example`,
  name,
  role,
  teamId,
  locale: "en",
  timeZone: "UTC",
  homeAddress: null,
  homeLat: null,
  homeLon: null,
  workingHours: null,
  mapApp: null,
  active: true,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  version: 3,
});

const admin = user("ada", "Ada Admin", "admin", null);
const team = {
  id: "t-1",
  name: "Shanghai Field Sales",
  managerId: "wang",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  version: 1,
};

function stub(me: ReturnType<typeof user>) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/auth/session") {
      return Response.json({ user: me, via: "session", csrfToken: "c", expiresAt: null });
    }
    if (path === "/api/v1/users" && request.method === "GET") {
      return Response.json({
        items: [admin, user("wang", "王芳", "manager", "t-1"), user("li", "李伟", "rep", "t-1")],
      });
    }
    if (path === "/api/v1/teams") return Response.json({ items: [team] });
    if (request.method === "PATCH") {
      return Response.json(
        {
          status: 403,
          code: "self_change_forbidden",
          detail: "You cannot change your own role, team or active flag.",
          errors: [{ field: "role", rule: "not_self", message: "Ask an admin." }],
        },
        { status: 403, headers: { "content-type": "application/problem+json" } },
      );
    }
    return Response.json({ status: 404 }, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("admin", () => {
  it("lists users with their team and shows the server's refusal of a self-change", async () => {
    const fetchMock = stub(admin);
    renderWithProviders(<AdminView />);
    await screen.findByText("李伟");
    // Team names, not ids; the team's manager by name.
    expect(screen.getAllByText("Shanghai Field Sales").length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole("button", { name: "Edit Ada Admin" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("Role"), { target: { value: "rep" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));

    await within(dialog).findByText("You cannot change your own role, team or active flag.");
    expect(within(dialog).getByText("Ask an admin.")).toBeTruthy();
    const call = fetchMock.mock.calls.find((c) => (c[0] as Request).method === "PATCH")!;
    const request = call[0] as Request;
    expect(request.headers.get("if-match")).toBe('"3"');
    // Only the changed field goes out: an unchanged team or active flag would be refused too.
    expect((await sent(call as unknown[])).body).toEqual({ role: "rep" });
  });

  it("tells a non-admin they are not allowed, without loading any users", async () => {
    const fetchMock = stub(user("li", "李伟", "rep", "t-1"));
    renderWithProviders(<AdminView />);
    await screen.findByText("Not allowed");
    expect(screen.getByText("Only an admin can manage users and teams.")).toBeTruthy();
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const paths = fetchMock.mock.calls.map((c) => new URL((c[0] as Request).url).pathname);
    expect(paths).not.toContain("/api/v1/users");
  });
});
