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
