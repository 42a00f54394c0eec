// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { CheckInPanel } from "./CheckInPanel.tsx";
import { visitFixture } from "./testing.ts";

function fakeGeolocation(getCurrentPosition: Geolocation["getCurrentPosition"]) {
  Object.defineProperty(navigator, "geolocation", {
    value: { getCurrentPosition },
    configurable: true,
  });
}

function stubCheckIn() {
  const fetchMock = vi.fn(async () =>
    Response.json(visitFixture({ status: "checked_in", verification: "verified" })),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("check-in", () => {
  it("sends the device's position with its accuracy", async () => {
    const fetchMock = stubCheckIn();
    fakeGeolocation((ok) =>
      ok({
        coords: { latitude: 31.2304, longitude: 121.4737, accuracy: 18 },
      } as GeolocationPosition),
    );
    renderWithProviders(<CheckInPanel visit={visitFixture()} />);
    fireEvent.click(screen.getByRole("button", { name: "Check in" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(await sent(fetchMock.mock.calls[0] as unknown[])).toEqual({
      path: "/api/v1/visits/v-1/check-in",
      method: "POST",
      body: { lat: 31.2304, lon: 121.4737, accuracyM: 18 },
    });
  });

  it("checks in without a position only after the rep confirms", async () => {
    const fetchMock = stubCheckIn();
    fakeGeolocation((_ok, fail) => fail?.({ code: 1 } as GeolocationPositionError));
    renderWithProviders(<CheckInPanel visit={visitFixture()} />);
    fireEvent.click(screen.getByRole("button", { name: "Check in" }));
    await screen.findByText("Location access was denied.");
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Check in without position" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect((await sent(fetchMock.mock.calls[0] as unknown[])).body).toEqual({});
  });
});
