import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("config", () => {
  it("has defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: undefined,
      logLevel: "info",
    });
    expect(c.dataDir).toMatch(/data$/);
  });
  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TRUST_PROXY: "true" }, "TRUST_PROXY"],
    [{ VISIT_CADENCE: "A:7" }, "VISIT_CADENCE"],
    [{ SOURCE_URL: "git@example.org:acme/rapport.git" }, "SOURCE_URL"],
    [{ SHUTDOWN_TIMEOUT_MS: "-1" }, "SHUTDOWN_TIMEOUT_MS"],
    [{ MAP_TILE_URL: "https://tiles.example.org/{z}.png" }, "MAP_TILE_URL"],
    [{ MAP_TILE_URL: "https://a.{s}.example.org/{z}/{x}/{y}.png" }, "MAP_TILE_URL"],
  ])("refuses %j naming the variable", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe("TRUST_PROXY", () => {
  it.each([
    ["false", false],
    ["1", 1],
    ["10.0.0.1,10.0.0.0/8", "10.0.0.1,10.0.0.0/8"],
  ])("%s", (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });
});

describe("VISIT_CADENCE", () => {
  it("reads tier intervals", () => {
    expect(loadConfig({ VISIT_CADENCE: "A:5-10,VIP:3-7" }).visits.tierCadence).toEqual({
      A: { minDays: 5, maxDays: 10 },
      VIP: { minDays: 3, maxDays: 7 },
    });
  });
});

describe("MAP_TILE_CRS", () => {
  it("is WGS-84 unless the tiles say otherwise, and names the allowed values", () => {
    expect(loadConfig({}).map.crs).toBe("wgs84");
    expect(loadConfig({ MAP_TILE_CRS: "gcj02" }).map.crs).toBe("gcj02");
    expect(() => loadConfig({ MAP_TILE_CRS: "bd09" })).toThrow(/MAP_TILE_CRS/);
  });

  it("takes the servers {s} stands for, one character each", () => {
    expect(loadConfig({}).map.subdomains).toBe("abc");
    expect(loadConfig({ MAP_TILE_SUBDOMAINS: "1234" }).map.subdomains).toBe("1234");
    expect(() => loadConfig({ MAP_TILE_SUBDOMAINS: "a,b" })).toThrow(/MAP_TILE_SUBDOMAINS/);
  });
});

describe("MAP_TILE_URL", () => {
  it.each([
    "",
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "https://{s}.tile.example.org:8443/{z}/{x}/{y}.png",
    "https://webrd0{s}.is.example.com/appmaptile?x={x}&y={y}&z={z}",
    "https://rt{s}.map.example.com/realtimerender?z={z}&x={x}&y={-y}&type=vector",
  ])("accepts %j", (url) => {
    expect(loadConfig({ MAP_TILE_URL: url }).map.tileUrl).toBe(url);
  });
});
