import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";

describe("job and mail settings", () => {
  it("defaults: scheduler every 30 s, no SMTP, a local sender", () => {
    const c = loadConfig({});
    expect(c.schedulerIntervalMs).toBe(30_000);
    expect(c.mail).toEqual({ smtpUrl: undefined, from: "Rapport <rapport@localhost>" });
  });

  it("reads them from the environment", () => {
    const c = loadConfig({
      SCHEDULER_INTERVAL_MS: "0",
      SMTP_URL: "smtp://user:pass@mail.example:587",
      MAIL_FROM: "CRM <crm@example.com>",
    });
    expect(c.schedulerIntervalMs).toBe(0);
    expect(c.mail).toEqual({
      smtpUrl: "smtp://user:pass@mail.example:587",
      from: "CRM <crm@example.com>",
    });
  });

  it("takes PUBLIC_URL as an origin, dropping a trailing slash", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: "https://crm.example.com/" }).publicUrl).toBe(
      "https://crm.example.com",
    );
    expect(loadConfig({ PUBLIC_URL: "http://rapport.lan:3000" }).publicUrl).toBe(
      "http://rapport.lan:3000",
    );
  });

  it.each([
    [{ PUBLIC_URL: "crm.example.com" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "ftp://crm.example.com" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://crm.example.com/app" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://crm.example.com/?x=1" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://crm.example.com/#top" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://user:pw@crm.example.com" }, "PUBLIC_URL"],
    [{ SCHEDULER_INTERVAL_MS: "-1" }, "SCHEDULER_INTERVAL_MS"],
    [{ SCHEDULER_INTERVAL_MS: "soon" }, "SCHEDULER_INTERVAL_MS"],
    [{ SMTP_URL: "http://mail.example" }, "SMTP_URL"],
  ])("refuses %j naming the variable", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
