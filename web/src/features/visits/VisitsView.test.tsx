// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { VisitsView } from "./VisitsView.tsx";

const user = (id: string, name: string, role: string) => ({
  id,
  name,
  role,
  active: true,
  timeZone: "Asia/Shanghai",
  locale: "en",
});

describe("visits page", () => {
  it("lets a manager pick a rep of the team for both lists", async () => {
    const seen: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        seen.push(url.pathname + url.search);
        if (url.pathname === "/api/v1/auth/session") {
          return Response.json({ user: user("m-1", "王芳", "manager"), csrfToken: "t" });
        }
        if (url.pathname === "/api/v1/users") {
          return Response.json({
            items: [
              user("m-1", "王芳", "manager"),
              user("r-1", "李伟", "rep"),
              user("r-2", "张敏", "rep"),
            ],
          });
        }
        return Response.json({ items: [], nextCursor: null });
      }),
    );
    renderWithProviders(
      <MemoryRouter>
        <VisitsView />
      </MemoryRouter>,
    );

    const select = await screen.findByLabelText("Rep");
    expect((select as HTMLSelectElement).value).toBe("r-1");
    await waitFor(() => expect(seen).toContain("/api/v1/visits/due?limit=50&rep=r-1"));
    fireEvent.change(select, { target: { value: "r-2" } });
    await waitFor(() => expect(seen).toContain("/api/v1/visits/due?limit=50&rep=r-2"));
    expect(seen.some((p) => p.startsWith("/api/v1/visits?") && p.includes("repId=r-2"))).toBe(true);
    // The manager's own (empty) lists are never asked for.
    expect(seen).not.toContain("/api/v1/visits/due?limit=50");
    expect(screen.getAllByText("No visits planned in the next days.").length).toBe(1);
  });
});
