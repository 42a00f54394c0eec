// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { NearbyDue } from "./NearbyDue.tsx";

const session = {
  user: {
    id: "u-1",
    name: "李伟",
    role: "rep",
    timeZone: "Asia/Shanghai",
    locale: "zh-CN",
    workingHours: null,
    mapApp: null,
  },
  via: "session",
  csrfToken: "t",
  expiresAt: null,
};

const near = {
  customerId: "c-1",
  name: "上海华信机械",
  tier: "A",
  ownerId: "u-1",
  latitude: 31.2397,
  longitude: 121.4998,
  score: 80,
  due: true,
  mandatory: true,
  daysSinceLastVisit: 20,
  booked: false,
  reasons: [
    { code: "tier" as const, tier: "A" },
    { code: "days_since" as const, days: 20, max: 14 },
  ],
  reasonText: "A 类 · 距上次拜访 20 天",
  distanceKm: 2.4,
  travelMinutes: 9,
};

/** A phone whose position is (31.23, 121.47), or one whose owner said no. */
function geolocation(answer: "here" | "denied") {
  vi.stubGlobal("navigator", {
    ...navigator,
    geolocation: {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
        answer === "here"
          ? ok({
              coords: { latitude: 31.23, longitude: 121.47, accuracy: 12 },
            } as GeolocationPosition)
          : fail({ code: 1, message: "denied" } as GeolocationPositionError),
    },
  });
}

function server() {
  const asked: URL[] = [];
  const fetchMock = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    asked.push(url);
    if (url.pathname === "/api/v1/auth/session") return Response.json(session);
    if (url.pathname === "/api/v1/visits/nearby") return Response.json({ items: [near] });
    return Response.json({}, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return asked;
}

describe("due customers near me", () => {
  it("asks for the position only on a tap, then lists who is near with a way there", async () => {
    const asked = server();
    geolocation("here");
    renderWithProviders(
      <MemoryRouter>
        <NearbyDue />
      </MemoryRouter>,
      "zh-CN",
    );
    expect(asked.some((u) => u.pathname === "/api/v1/visits/nearby")).toBe(false);
    fireEvent.click(await screen.findByRole("button", { name: "查找附近待拜访客户" }));

    expect(await screen.findByText("2.4 公里 · 约 9 分钟")).toBeTruthy();
    const query = asked.find((u) => u.pathname === "/api/v1/visits/nearby")!.searchParams;
    expect([query.get("lat"), query.get("lon")]).toEqual(["31.23", "121.47"]);
    expect(Date.parse(query.get("until")!)).toBeGreaterThan(Date.now());
    // A Chinese profile without a choice navigates with AMap, from where the rep stands.
    const link = screen.getByRole("link", { name: "用高德地图导航到上海华信机械" });
    const href = new URL(link.getAttribute("href")!);
    expect(href.origin + href.pathname).toBe("https://uri.amap.com/navigation");
    expect(href.searchParams.get("from")).toBe("121.470000,31.230000");
    expect(href.searchParams.get("coordinate")).toBe("wgs84");
    expect(screen.getByRole("link", { name: "上海华信机械" }).getAttribute("href")).toBe(
      "/customers/c-1",
    );
  });

  it("says so when the position is refused, and offers the due list instead", async () => {
    const asked = server();
    geolocation("denied");
    renderWithProviders(
      <MemoryRouter>
        <NearbyDue />
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "Find due customers near me" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Location is turned off for this site");
    expect(screen.getByRole("link", { name: "Open the due list" }).getAttribute("href")).toBe(
      "/visits",
    );
    await waitFor(() =>
      expect(asked.some((u) => u.pathname === "/api/v1/visits/nearby")).toBe(false),
    );
  });
});
