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

const APP_CONFIG = {
  map: { tileUrl: "", attribution: "" },
  visitRadiusM: 200,
  checkInWindowMarginMinutes: 60,
  photoMaxBytes: 8 * 1024 * 1024,
  sourceUrl: "/source.tar.gz",
};

const reasonRequired = () =>
  Response.json(
    {
      status: 422,
      code: "check_in_reason_required",
      detail: "This check-in needs a reason.",
      errors: [
        {
          field: "reasonCode",
          rule: "out_of_radius",
          message: "3120 m from the customer; the check-in radius is 200 m.",
          params: { distanceM: 3120, radiusM: 200 },
        },
        {
          field: "reasonCode",
          rule: "early",
          message: "1500 minutes before the planned start (allowed: 60).",
          params: { minutes: 1500, marginMinutes: 60 },
        },
      ],
    },
    { status: 422, headers: { "content-type": "application/problem+json" } },
  );

/**
 * The server, stubbed: app-config, then the check-in's answers in turn, and any photo upload.
 * `calls` are the requests that are not app-config, in order.
 */
function stubServer(checkIns: (() => Response)[]) {
  const answers = [...checkIns];
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/app-config") return Response.json(APP_CONFIG);
    if (path.endsWith("/photos")) return Response.json({ id: "p-1" }, { status: 201 });
    const next = answers.shift();
    return next
      ? next()
      : Response.json(visitFixture({ status: "checked_in", verification: "verified" }));
  });
  vi.stubGlobal("fetch", fetchMock);
  const calls = () =>
    fetchMock.mock.calls.filter(
      ([r]) => new URL((r as Request).url).pathname !== "/api/v1/app-config",
    );
  return { fetchMock, calls };
}

const atTheDoor = () =>
  fakeGeolocation((ok) =>
    ok({ coords: { latitude: 31.2304, longitude: 121.4737, accuracy: 18 } } as GeolocationPosition),
  );

describe("check-in", () => {
  it("sends the device's position with its accuracy", async () => {
    const { calls } = stubServer([]);
    atTheDoor();
    renderWithProviders(<CheckInPanel visit={visitFixture()} />);
    fireEvent.click(screen.getByRole("button", { name: "Check in" }));
    await waitFor(() => expect(calls()).toHaveLength(1));
    expect(await sent(calls()[0] as unknown[])).toEqual({
      path: "/api/v1/visits/v-1/check-in",
      method: "POST",
      body: { lat: 31.2304, lon: 121.4737, accuracyM: 18 },
    });
  });

  it("checks in without a position only after the rep confirms", async () => {
    const { calls } = stubServer([]);
    fakeGeolocation((_ok, fail) => fail?.({ code: 1 } as GeolocationPositionError));
    renderWithProviders(<CheckInPanel visit={visitFixture()} />);
    fireEvent.click(screen.getByRole("button", { name: "Check in" }));
    await screen.findByText("Location access was denied.");
    expect(calls()).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Check in without position" }));
    await waitFor(() => expect(calls()).toHaveLength(1));
    expect((await sent(calls()[0] as unknown[])).body).toEqual({});
  });

  it("asks for a reason when the server needs one, in the rep's language, and sends it with the same position", async () => {
    const { calls } = stubServer([reasonRequired]);
    atTheDoor();
    renderWithProviders(<CheckInPanel visit={visitFixture()} />, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "签到" }));
    const prompt = await screen.findByTestId("reason-prompt");
    expect(prompt.textContent).toContain("您距客户 3,120 米（允许 200 米）。");
    expect(prompt.textContent).toContain("比计划开始早 1 天 1 小时（允许 60 分钟）。");
    // Nothing picked yet: the prompt says so instead of sending.
    fireEvent.click(screen.getByRole("button", { name: "附原因签到" }));
    await screen.findByText("请选择原因。");
    expect(calls()).toHaveLength(1);

    fireEvent.click(screen.getByRole("radio", { name: "在其他地点见客户" }));
    fireEvent.change(screen.getByLabelText(/备注/), { target: { value: "客户在展会" } });
    fireEvent.click(screen.getByRole("button", { name: "附原因签到" }));
    await waitFor(() => expect(calls()).toHaveLength(2));
    expect((await sent(calls()[1] as unknown[])).body).toEqual({
      lat: 31.2304,
      lon: 121.4737,
      accuracyM: 18,
      reasonCode: "met_elsewhere",
      reasonNote: "客户在展会",
    });
  });

  it("uploads the photo taken before checking in, as its own bytes and type", async () => {
    const { calls } = stubServer([]);
    atTheDoor();
    renderWithProviders(<CheckInPanel visit={visitFixture()} />);
    const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], "door.jpg", {
      type: "image/jpeg",
    });
    fireEvent.change(screen.getByTestId("photo-input"), { target: { files: [jpeg] } });
    await screen.findByTestId("photo-chosen");
    fireEvent.click(screen.getByRole("button", { name: "Check in" }));
    await waitFor(() => expect(calls()).toHaveLength(2));
    const upload = calls()[1]![0] as Request;
    expect(new URL(upload.url).pathname + new URL(upload.url).search).toBe(
      "/api/v1/visits/v-1/photos?stage=check_in",
    );
    expect(upload.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await upload.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    );
  });
});
