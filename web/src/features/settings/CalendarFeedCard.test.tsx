// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { CalendarFeedCard } from "./CalendarFeedCard.tsx";

const url = "https://crm.example/api/v1/calendar/rcal_secret.ics";

describe("calendar feed", () => {
  it("shows the new URL once, and revokes only after confirming", async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        calls.push(request.method);
        if (request.method === "POST") {
          return Response.json(
            { url, webcalUrl: url.replace("https", "webcal"), createdAt: "2026-11-22T02:00:00Z" },
            { status: 201 },
          );
        }
        if (request.method === "DELETE") return new Response(null, { status: 204 });
        return Response.json({ exists: false, createdAt: null });
      }),
    );
    renderWithProviders(<CalendarFeedCard />);
    await screen.findByText("You have no calendar feed.");
    fireEvent.click(screen.getByRole("button", { name: "Create feed" }));
    const field = (await screen.findByLabelText("Feed URL")) as HTMLInputElement;
    expect(field.value).toBe(url);
    expect(screen.getByRole("button", { name: "Copy Feed URL" })).toBeTruthy();
    expect(screen.getByText(/Feed active since/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Revoke" }));
    await screen.findByText("Revoke the feed?");
    expect(calls).not.toContain("DELETE");
    fireEvent.click(screen.getAllByRole("button", { name: "Revoke" })[0]!);
    await screen.findByText("You have no calendar feed.");
    await waitFor(() => expect(calls).toContain("DELETE"));
    // The secret URL is gone from the page with the feed.
    expect(screen.queryByLabelText("Feed URL")).toBeNull();
  });
});
