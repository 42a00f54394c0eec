// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { SettingsView } from "./SettingsView.tsx";

const me = {
  id: "u-1",
  email: "li.wei@rapport.example",
  name: "Li Wei",
  role: "rep",
  teamId: "t-1",
  locale: "en",
  timeZone: "Asia/Shanghai",
  homeAddress: null,
  homeLat: null,
  homeLon: null,
  workingHours: { mon: [{ from: "09:00", to: "17:00" }] },
  mapApp: null,
  active: true,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  version: 7,
};

const problem = (status: number, body: object) =>
  Response.json(
    { status, ...body },
    { status, headers: { "content-type": "application/problem+json" } },
  );

function stub(patch: (request: Request) => Response, current: object = me) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/users/me") return Response.json(me);
    if (path === "/api/v1/users/u-1" && request.method === "GET") return Response.json(current);
    if (path === "/api/v1/calendar/feed") return Response.json({ exists: false, createdAt: null });
    if (request.method === "PATCH") return patch(request);
    return problem(404, { code: "route_not_found", detail: "no" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function patchRequest(fetchMock: ReturnType<typeof stub>) {
  await waitFor(() =>
    expect(fetchMock.mock.calls.some((c) => (c[0] as Request).method === "PATCH")).toBe(true),
  );
  const call = fetchMock.mock.calls.find((c) => (c[0] as Request).method === "PATCH")!;
  return { request: call[0] as Request, body: (await sent(call as unknown[])).body };
}

describe("settings", () => {
  it("saves with If-Match on the version read, and shows the server's field errors", async () => {
    const fetchMock = stub(() =>
      problem(400, {
        code: "validation_failed",
        detail: "The request is not valid.",
        errors: [
          { field: "name", rule: "too_small", message: "姓名不能为空" },
          {
            field: "workingHours.mon.0",
            rule: "from_before_to",
            message: "`from` must be before `to`.",
          },
        ],
      }),
    );
    renderWithProviders(<SettingsView />);
    const name = await screen.findByLabelText(/^Name/);
    fireEvent.change(name, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    const { request, body } = await patchRequest(fetchMock);
    expect(request.headers.get("if-match")).toBe('"7"');
    expect(new URL(request.url).pathname).toBe("/api/v1/users/u-1");
    expect(body).toMatchObject({
      name: "",
      timeZone: "Asia/Shanghai",
      homeLat: null,
      homeLon: null,
      workingHours: { mon: [{ from: "09:00", to: "17:00" }], tue: [], sun: [] },
    });
    await screen.findByText("姓名不能为空");
    expect(screen.getByLabelText(/^Name/).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("`from` must be before `to`.")).toBeTruthy();
  });

  it("saves the map app navigate links open; automatic until one is chosen", async () => {
    const fetchMock = stub(() => Response.json({ ...me, mapApp: "baidu", version: 8 }));
    renderWithProviders(<SettingsView />, "zh-CN");
    const select = (await screen.findByLabelText("导航应用")) as HTMLSelectElement;
    // A Chinese UI without a choice navigates with AMap.
    expect(select.value).toBe("");
    expect(select.selectedOptions[0]?.textContent).toBe("自动：高德地图");
    fireEvent.change(select, { target: { value: "baidu" } });
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    const { body } = await patchRequest(fetchMock);
    expect(body).toMatchObject({ mapApp: "baidu" });
  });

  it("checks coordinate ranges before sending anything", async () => {
    const fetchMock = stub(() => Response.json(me));
    renderWithProviders(<SettingsView />);
    fireEvent.change(await screen.findByLabelText("Latitude"), { target: { value: "91" } });
    fireEvent.change(screen.getByLabelText("Longitude"), { target: { value: "10" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("A latitude between -90 and 90.");
    expect(fetchMock.mock.calls.some((c) => (c[0] as Request).method === "PATCH")).toBe(false);
  });

  it("says the profile changed elsewhere on 412 and offers a reload", async () => {
    const fetchMock = stub(
      () =>
        problem(412, { code: "version_mismatch", detail: "The record changed since you read it." }),
      { ...me, name: "Changed by an admin", version: 8 },
    );
    renderWithProviders(<SettingsView />);
    await screen.findByLabelText(/^Name/);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Your profile changed elsewhere");
    expect(screen.getByRole("button", { name: "Reload" })).toBeTruthy();
    // A real conflict is not retried over someone else's change.
    expect(fetchMock.mock.calls.filter((c) => (c[0] as Request).method === "PATCH")).toHaveLength(
      1,
    );
  });

  it("saves over a version bumped only by a language switch elsewhere", async () => {
    const fetchMock = stub(
      (request) =>
        request.headers.get("if-match") === '"9"'
          ? Response.json({ ...me, version: 10 })
          : problem(412, { code: "version_mismatch", detail: "The record changed." }),
      { ...me, locale: "zh-CN", version: 9 },
    );
    renderWithProviders(<SettingsView />);
    await screen.findByLabelText(/^Name/);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Saved.");
    const tags = fetchMock.mock.calls
      .map((c) => c[0] as Request)
      .filter((r) => r.method === "PATCH")
      .map((r) => r.headers.get("if-match"));
    expect(tags).toEqual(['"7"', '"9"']);
    expect(screen.queryByText("Your profile changed elsewhere")).toBeNull();
  });
});
