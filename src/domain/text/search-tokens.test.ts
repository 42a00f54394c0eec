import { describe, expect, it } from "vitest";
import { documentTokens, queryTerms, toTsquery } from "./search-tokens.ts";

describe("search tokens", () => {
  it("segments Chinese into words and adds their grams", () => {
    const t = documentTokens("客户需要购买新产品并安排下周拜访");
    for (const w of ["客户", "需要", "购买", "产品", "安排", "下周", "拜访", "拜", "访"]) {
      expect(t).toContain(w);
    }
  });

  it("lower-cases and normalises Latin words", () => {
    expect(documentTokens("Visit ACME next Tuesday", null)).toEqual(
      expect.arrayContaining(["visit", "acme", "next", "tuesday"]),
    );
    expect(documentTokens("ＡＣＭＥ")).toContain("acme");
  });

  it.each([
    ["拜访", [{ lexeme: "拜访", prefix: false }]],
    ["访", [{ lexeme: "访", prefix: false }]],
    [
      "下周拜访",
      [
        { lexeme: "下周", prefix: false },
        { lexeme: "拜访", prefix: false },
      ],
    ],
    ["visit", [{ lexeme: "visit", prefix: true }]],
  ])("query %s", (q, expected) => {
    const terms = queryTerms(q);
    for (const e of expected) expect(terms).toContainEqual(e);
  });

  it("every query term of a substring of a Chinese document is in the document's tokens", () => {
    const doc = "客户需要购买新产品并安排下周拜访";
    const tokens = new Set(documentTokens(doc));
    for (let i = 0; i < doc.length; i++) {
      for (let j = i + 1; j <= Math.min(doc.length, i + 6); j++) {
        for (const t of queryTerms(doc.slice(i, j)))
          expect(tokens.has(t.lexeme), doc.slice(i, j)).toBe(true);
      }
    }
  });

  it("quotes lexemes for tsquery", () => {
    expect(
      toTsquery([
        { lexeme: "o'hara", prefix: true },
        { lexeme: "拜访", prefix: false },
      ]),
    ).toBe("'o''hara':* & '拜访'");
  });
});
