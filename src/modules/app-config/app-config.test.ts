import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../db/testing.ts";
import { buildServer } from "../../http/server.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";

describe("GET /api/v1/app-config", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it("answers without a session and lets the page load tiles from that server only", async () => {
    const res = await s.request("GET", "/api/v1/app-config", { as: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      map: {
        tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        attribution: "© OpenStreetMap contributors",
        crs: "wgs84",
        subdomains: "abc",
      },
      visitRadiusM: 200,
      checkInWindowMarginMinutes: 60,
      photoMaxBytes: 8 * 1024 * 1024,
      sourceUrl: "/source.tar.gz",
    });
    const csp = String(res.headers.get("content-security-policy"));
    expect(csp).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(csp).not.toMatch(/img-src[^;]* https:(;| )/);
  });

  it("tells the web app when the tiles are drawn in GCJ-02", async () => {
    const { database, config, dispose } = await openTestDatabase();
    const tileUrl = "https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}";
    const app = await buildServer({
      database,
      config: {
        ...config,
        map: { tileUrl, attribution: "© 高德地图", crs: "gcj02", subdomains: "1234" },
      },
    });
    try {
      const res = await app.inject({ method: "GET", url: "/api/v1/app-config" });
      expect(res.statusCode).toBe(200);
      expect(res.json().map).toEqual({
        tileUrl,
        attribution: "© 高德地图",
        crs: "gcj02",
        subdomains: "1234",
      });
      expect(String(res.headers["content-security-policy"])).toContain(
        "img-src 'self' data: https://*.is.autonavi.com",
      );
    } finally {
      await app.close();
      await dispose();
    }
  });
});
