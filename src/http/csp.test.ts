import { describe, expect, it } from "vitest";
import { imageSources } from "./csp.ts";

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
