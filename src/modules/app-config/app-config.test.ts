import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
