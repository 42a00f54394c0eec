// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { GettingThere } from "./GettingThere.tsx";

const customer = {
  id: "c-1",
  name: "上海华信机械",
  address: "上海市黄浦区中山东一路1号",
  phone: "021 6321 0000",
  email: "office@huaxin.example",
  latitude: 31.2397,
  longitude: 121.4998,
};

const contacts = {
  items: [
    {
      id: "p-2",
      name: "王强",
      title: null,
      phone: null,
      email: "wang@huaxin.example",
      wechatId: null,
      isPrimary: false,
    },
    {
      id: "p-1",
      name: "朱静",
      title: "采购经理",
      phone: "+86 131 4985 0123",
      email: null,
      wechatId: "zhujing_88",
      isPrimary: true,
    },
  ],
  nextCursor: null,
};

function stub(mapApp: string | null, locale: string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/customers/c-1") return Response.json(customer);
      if (path === "/api/v1/customers/c-1/contacts") return Response.json(contacts);
      if (path === "/api/v1/app-config") {
        return Response.json({
          map: { tileUrl: "", attribution: "", crs: "gcj02" },
          visitRadiusM: 200,
          sourceUrl: "/source.tar.gz",
        });
      }
      if (path === "/api/v1/auth/session") {
        return Response.json({ user: { id: "u-1", locale, mapApp }, via: "session" });
      }
      return Response.json({}, { status: 404 });
    }),
  );
}

describe("getting there", () => {
  it("gives the address, a map, AMap directions and numbers to tap, in Chinese", async () => {
    stub(null, "zh-CN");
    renderWithProviders(<GettingThere customerId="c-1" />, "zh-CN");

    expect((await screen.findByTestId("customer-address")).textContent).toBe(customer.address);
    const go = screen.getByRole("link", { name: "用高德地图导航" });
    const url = new URL(go.getAttribute("href")!);
    expect(url.origin + url.pathname).toBe("https://uri.amap.com/navigation");
    expect(url.searchParams.get("to")).toBe("121.499800,31.239700,上海华信机械");
    expect(url.searchParams.get("coordinate")).toBe("wgs84");
    expect(go.getAttribute("target")).toBe("_blank");
    // The map is a lazy chunk (Leaflet): on a loaded machine its import takes a while.
    expect(
      await screen.findByRole("region", { name: "地图：上海华信机械" }, { timeout: 15_000 }),
    ).toBeTruthy();

    const company = screen.getByRole("link", { name: "公司电话: 021 6321 0000" });
    expect(company.getAttribute("href")).toBe("tel:02163210000");
    // The primary contact first; the number dials, the WeChat ID copies.
    const people = screen.getAllByTestId("contact").map((c) => c.textContent);
    expect(people[0]).toContain("朱静");
    expect(
      screen.getByRole("link", { name: "致电朱静: +86 131 4985 0123" }).getAttribute("href"),
    ).toBe("tel:+8613149850123");
    expect(screen.getByText("微信：zhujing_88")).toBeTruthy();
    expect(screen.getByRole("button", { name: "复制朱静的微信号" })).toBeTruthy();
    expect(
      screen.getByRole("link", { name: "发邮件给王强: wang@huaxin.example" }).getAttribute("href"),
    ).toBe("mailto:wang@huaxin.example");
  });

  it("navigates with the app chosen on the profile", async () => {
    stub("google", "en");
    renderWithProviders(<GettingThere customerId="c-1" />);
    const go = await screen.findByRole("link", { name: "Navigate with Google Maps" });
    expect(go.getAttribute("href")).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=31.239700%2C121.499800&travelmode=driving",
    );
  });
});
