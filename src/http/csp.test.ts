import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../db/testing.ts";
import { imageSources, tlsAwarePolicy } from "./csp.ts";
import { buildServer } from "./server.ts";

describe("imageSources", () => {
  it("allows the tile server's origin only", () => {
    expect(imageSources("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toEqual([
      "'self'",
      "data:",
      "https://tile.openstreetmap.org",
    ]);
  });
  it("turns a subdomain placeholder into a wildcard", () => {
    expect(imageSources("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png")).toContain(
      "https://*.tiles.example.org:8443",
    );
  });
  it("widens a label that only contains the placeholder to a whole-label wildcard", () => {
    expect(imageSources("https://webrd0{s}.is.example.com/x?z={z}&x={x}&y={y}")).toContain(
      "https://*.is.example.com",
    );
  });
  it("adds nothing without tiles", () => {
    expect(imageSources("")).toEqual(["'self'", "data:"]);
  });
});

describe("tlsAwarePolicy", () => {
  it("drops the upgrade over plain HTTP and adds it once over TLS", () => {
    const policy = "default-src 'self';upgrade-insecure-requests; img-src 'self'";
    expect(tlsAwarePolicy(policy, false)).toBe("default-src 'self';img-src 'self'");
    expect(tlsAwarePolicy(policy, true)).toBe(
      "default-src 'self';img-src 'self';upgrade-insecure-requests",
    );
    expect(tlsAwarePolicy("default-src 'self'", true)).toBe(
      "default-src 'self';upgrade-insecure-requests",
    );
  });
});

/** The real server behind one trusted proxy hop, as a TLS-terminating reverse proxy runs it. */
describe("the served Content-Security-Policy", () => {
  const servers: { app: FastifyInstance; url: string; dispose(): Promise<void> }[] = [];
  async function serve(trustProxy: false | number) {
    const { database, config, dispose } = await openTestDatabase();
    const app = await buildServer({ database, config: { ...config, trustProxy } });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("no address");
    const server = {
      app,
      url: `http://127.0.0.1:${address.port}`,
      async dispose() {
        await app.close();
        await dispose();
      },
    };
    servers.push(server);
    return server;
  }
  let direct: Awaited<ReturnType<typeof serve>>;
  let proxied: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    direct = await serve(false);
    proxied = await serve(1);
  });
  afterAll(async () => {
    for (const s of servers) await s.dispose();
  });
  const policy = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    return String(res.headers.get("content-security-policy"));
  };

  it("does not upgrade assets of a page served over plain HTTP", async () => {
    for (const path of ["/", "/health", "/api/v1/app-config", "/api/docs/static/index.html"]) {
      const csp = await policy(direct.url + path);
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain("upgrade-insecure-requests");
    }
  });

  it("upgrades when a trusted proxy says the request came over https", async () => {
    for (const path of ["/health", "/api/v1/app-config", "/api/docs/static/index.html"]) {
      const csp = await policy(proxied.url + path, { "x-forwarded-proto": "https" });
      expect(csp.match(/upgrade-insecure-requests/g), path).toHaveLength(1);
      expect(csp, path).toContain("frame-ancestors 'none'");
    }
    const plain = await policy(`${proxied.url}/health`, { "x-forwarded-proto": "http" });
    expect(plain).not.toContain("upgrade-insecure-requests");
  });

  it("ignores X-Forwarded-Proto from a client no proxy setting trusts", async () => {
    const csp = await policy(`${direct.url}/health`, { "x-forwarded-proto": "https" });
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
});
