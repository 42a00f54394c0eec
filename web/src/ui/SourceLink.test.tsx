// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../test/render.tsx";
import { SourceLink } from "./SourceLink.tsx";

function stubConfig(sourceUrl: string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () =>
      Response.json({ map: { tileUrl: "", attribution: "" }, visitRadiusM: 200, sourceUrl }),
    ),
  );
}

describe("source link", () => {
  it("links to the server's own archive when no SOURCE_URL is set", async () => {
    stubConfig("/source.tar.gz");
    renderWithProviders(<SourceLink />);
    const link = await screen.findByRole("link", { name: "Source code" });
    expect(link.getAttribute("href")).toBe("/source.tar.gz");
  });

  it("links to SOURCE_URL, in the user's language", async () => {
    stubConfig("https://git.example.org/acme/rapport");
    renderWithProviders(<SourceLink />, "zh-CN");
    const link = await screen.findByRole("link", { name: "源代码" });
    expect(link.getAttribute("href")).toBe("https://git.example.org/acme/rapport");
  });
});
