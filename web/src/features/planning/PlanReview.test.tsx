// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders, sent } from "../../test/render.tsx";
import type { VisitPlan } from "./api.ts";
import { PlanReview } from "./PlanReview.tsx";
import { PlanWorkspace } from "./PlanWorkspace.tsx";

// Leaflet needs a real layout engine; the map is covered by the browser test.
vi.mock("./PlanMap.tsx", () => ({ PlanMap: () => <div data-testid="map" /> }));

const REP = "00000000-0000-4000-8000-000000000001";
const plan: VisitPlan = {
  id: "p-1",
  status: "draft",
  progress: 100,
  startDate: "2030-01-07",
  days: 2,
  repIds: [REP],
  result: {
    routes: [
      {
        repId: REP,
        date: "2030-01-07",
        stops: [
          {
            customerId: "c-1",
            name: "上海华信医药有限公司",
            visitId: null,
            fixed: false,
            arrival: "2030-01-07T01:10:00.000Z",
            start: "2030-01-07T01:15:00.000Z",
            end: "2030-01-07T02:00:00.000Z",
            travelKm: 12.5,
            travelMin: 25,
            reasons: [
              { code: "tier", tier: "A" },
              { code: "days_since", days: 41, max: 14 },
            ],
            // The server renders reasons in the language the UI asks for (Accept-Language).
            reasonText: "A类客户 · 距上次拜访41天",
            lat: 31.2,
            lon: 121.5,
          },
        ],
        km: 25,
        travelMin: 50,
        visitMin: 45,
        leave: "2030-01-07T00:30:00.000Z",
        back: "2030-01-07T02:50:00.000Z",
      },
    ],
    unplanned: [
      {
        customerId: "c-2",
        name: "远方贸易",
        reason: "not_worth_prize",
        reasons: [{ code: "unplanned", why: "not_worth_prize" }],
        reasonText: "本周路程成本高于优先级",
      },
    ],
    reps: [{ id: REP, name: "李伟", lat: 31.23, lon: 121.47 }],
    totals: {
      visits: 1,
      km: 25,
      travelMin: 50,
      visitMin: 45,
      valueCoveredCents: 1_250_000,
      mandatoryMissed: 0,
    },
  },
  error: null,
  createdBy: REP,
  createdAt: "2030-01-01T00:00:00.000Z",
  publishedAt: null,
  version: 3,
};
const users = [{ id: REP, name: "李伟", timeZone: "Asia/Shanghai" }];

const manager = {
  id: "00000000-0000-4000-8000-000000000009",
  email: "anna@rapport.example",
  name: "Anna",
  role: "manager",
  teamId: "00000000-0000-4000-8000-000000000010",
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
} as const;

function stubApi(publish: () => Response) {
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/app-config") {
      return Response.json({ map: { tileUrl: "", attribution: "" }, visitRadiusM: 300 });
    }
    if (path === "/api/v1/visit-plans/p-1/publish") return publish();
    if (path === "/api/v1/users") return Response.json({ items: [] });
    return Response.json(plan);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function show(locale: "en" | "zh-CN" = "en") {
  return renderWithProviders(
    <MemoryRouter>
      <PlanReview plan={plan} users={users} />
    </MemoryRouter>,
    locale,
  );
}

describe("reviewing a draft plan", () => {
  it("shows totals, stops with ETA and reasons, and who was left out, in Chinese", async () => {
    stubApi(() => Response.json({}));
    show("zh-CN");
    expect(screen.getByText("合计")).toBeTruthy();
    expect(screen.getByText("25 公里")).toBeTruthy();
    expect(screen.getByText("0小时50分")).toBeTruthy(); // travel
    expect(screen.getByText("0小时45分")).toBeTruthy(); // face time
    expect(screen.getByText("12,500")).toBeTruthy(); // value covered
    // The map is a lazy chunk: on a busy machine it takes more than findBy's default second.
    await screen.findByTestId("map", {}, { timeout: 10_000 });
    // Calendar first: the stop as a block at its time in the rep's zone (Shanghai).
    expect(screen.getAllByText("09:15–10:00").length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole("tab", { name: "拜访站点" }));
    expect(await screen.findByText("预计 09:10 到达")).toBeTruthy();
    expect(screen.getByText(/原因：A类客户 · 距上次拜访41天/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "上海华信医药有限公司" }).getAttribute("href")).toBe(
      "/customers/c-1",
    );

    fireEvent.click(screen.getByRole("tab", { name: "未安排（1）" }));
    expect(await screen.findByText(/本周路程成本高于优先级/)).toBeTruthy();
  });

  it("publishes after confirmation and shows that it is published", async () => {
    const fetchMock = stubApi(() =>
      Response.json({
        plan: { ...plan, status: "published", publishedAt: "2030-01-02T00:00:00.000Z" },
        created: 1,
        replaced: 2,
      }),
    );
    renderWithProviders(
      <MemoryRouter initialEntries={["/visits/plan?plan=p-1"]}>
        <PlanWorkspace user={manager} />
      </MemoryRouter>,
    );
    expect(await screen.findByText("Draft")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Publish plan" }));
    const dialog = await screen.findByRole("dialog", { name: "Publish this plan?" });
    expect(dialog.textContent).toContain("This creates 1 planned visits");
    fireEvent.click(screen.getByRole("button", { name: "Publish" }));
    expect(await screen.findByText("1 visits created, 2 replaced.")).toBeTruthy();
    expect(screen.getAllByText("Published").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Publish plan" })).toBeNull();
    const calls = await Promise.all(fetchMock.mock.calls.map((c) => sent(c)));
    expect(calls).toContainEqual(
      expect.objectContaining({ method: "POST", path: "/api/v1/visit-plans/p-1/publish" }),
    );
  });

  it("says in the user's language when the plan is no longer a draft (409)", async () => {
    stubApi(() =>
      Response.json(
        {
          type: "urn:rapport:problem:plan_not_draft",
          title: "Conflict",
          status: 409,
          code: "plan_not_draft",
          detail: "Only a draft plan can be published; this one is published.",
        },
        { status: 409, headers: { "content-type": "application/problem+json" } },
      ),
    );
    show("zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "发布规划" }));
    await screen.findByRole("dialog");
    fireEvent.click(screen.getByRole("button", { name: "发布" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("此规划已不是草案，无法修改。");
    expect(alert.textContent).not.toContain("Only a draft");
  });

  it("publishes once when Publish is clicked twice in a row", async () => {
    let answer: (r: Response) => void = () => {};
    const fetchMock = stubApi(
      () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }) as unknown as Response,
    );
    show();
    fireEvent.click(screen.getByRole("button", { name: "Publish plan" }));
    await screen.findByRole("dialog");
    const confirm = screen.getByRole("button", { name: "Publish" });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    const publishes = async () =>
      (await Promise.all(fetchMock.mock.calls.map((c) => sent(c)))).filter(
        (c) => c.path === "/api/v1/visit-plans/p-1/publish",
      ).length;
    await vi.waitFor(async () => expect(await publishes()).toBe(1));
    answer(
      Response.json({
        plan: { ...plan, status: "published", publishedAt: "2030-01-02T00:00:00.000Z" },
        created: 1,
        replaced: 0,
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await publishes()).toBe(1);
  });

  it("edits a stop through its menu, with If-Match, and shows the re-timed stop's problems", async () => {
    const late = structuredClone(plan);
    const stop = late.result!.routes[0]!.stops[0]!;
    Object.assign(stop, { locked: true, violations: ["outside_window"] });
    late.version = 4;
    late.result!.totals.infeasibleStops = 1;
    const fetchMock = vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/app-config") {
        return Response.json({ map: { tileUrl: "", attribution: "" }, visitRadiusM: 300 });
      }
      if (path === "/api/v1/visit-plans/p-1/edits") return Response.json(late);
      if (path === "/api/v1/visit-plans/p-1") return Response.json(plan);
      return Response.json({ items: [] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter initialEntries={["/visits/plan?plan=p-1"]}>
        <PlanWorkspace user={manager} />
      </MemoryRouter>,
      "zh-CN",
    );
    fireEvent.click(await screen.findByRole("tab", { name: "拜访站点" }));
    fireEvent.click(await screen.findByRole("button", { name: "上海华信医药有限公司 的操作" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "锁定（重新优化时保持不变）" }));
    // The answer replaces the plan on screen: the stop is locked and says what is wrong.
    expect(await screen.findByText("已锁定 上海华信医药有限公司。")).toBeTruthy();
    expect(screen.getByText("已锁定")).toBeTruthy();
    expect(screen.getByText("不在拜访时间窗内")).toBeTruthy();
    expect(screen.getByText("无法按此时间完成的站点：1 个")).toBeTruthy();
    const request = fetchMock.mock.calls
      .map((c) => c[0])
      .find((r) => new URL(r.url).pathname.endsWith("/edits"))!;
    expect(request.headers.get("if-match")).toBe('"3"');
    expect(await sent([request])).toMatchObject({
      method: "POST",
      body: { op: "lock", customerId: "c-1" },
    });
  });

  it("says in the user's language which visit a refused add would come too close to", async () => {
    const fetchMock = vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/app-config") {
        return Response.json({ map: { tileUrl: "", attribution: "" }, visitRadiusM: 300 });
      }
      if (path === "/api/v1/visit-plans/p-1/edits") {
        return Response.json(
          {
            type: "urn:rapport:problem:min_interval",
            title: "Conflict",
            status: 409,
            code: "min_interval",
            detail: "Too close to the visit booked 10 Jan by 王芳's plan …",
            field: "date",
            rule: "min_interval",
            conflict: {
              date: "2030-01-10",
              days: 2,
              minDays: 7,
              kind: "booked",
              agreed: false,
              by: { name: "王芳", viaPlan: true },
              everyDay: true,
            },
          },
          { status: 409, headers: { "content-type": "application/problem+json" } },
        );
      }
      if (path === "/api/v1/visit-plans/p-1") return Response.json(plan);
      return Response.json({ items: [] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderWithProviders(
      <MemoryRouter initialEntries={["/visits/plan?plan=p-1"]}>
        <PlanWorkspace user={manager} />
      </MemoryRouter>,
      "zh-CN",
    );
    fireEvent.click(await screen.findByRole("tab", { name: /未安排/ }));
    fireEvent.click(await screen.findByRole("button", { name: "将 远方贸易 重新加入规划" }));
    expect(
      await screen.findByText(
        "未添加：远方贸易 与王芳的计划安排在2030年1月10日的拜访间隔过近，本规划没有可用的日期。该客户两次拜访至少间隔 7 天。",
      ),
    ).toBeTruthy();
    // The plan on screen is unchanged: the customer is still left out.
    expect(screen.getByRole("button", { name: "将 远方贸易 重新加入规划" })).toBeTruthy();
  });
});
