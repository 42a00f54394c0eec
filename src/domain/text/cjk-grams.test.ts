import { describe, expect, it } from "vitest";
import { hasHan, indexGrams, queryGrams } from "./cjk-grams.ts";

describe("cjk grams", () => {
  it.each([
    ["上海华信", ["上", "上海", "海", "海华", "华", "华信", "信"]],
    ["Acme 华为 GmbH", ["华", "华为", "为"]],
    ["Acme GmbH", []],
    ["", []],
  ])("indexGrams(%j)", (text, expected) => {
    expect(indexGrams(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["华为", ["华为"]],
    ["华", ["华"]],
    ["上海华信", ["上海", "海华", "华信"]],
    ["华 信", ["华", "信"]],
    ["acme", []],
  ])("queryGrams(%j)", (query, expected) => {
    expect(queryGrams(query).sort()).toEqual([...expected].sort());
  });

  it("a query's grams are always a subset of the grams of a text that contains it", () => {
    const text = "上海华信贸易有限公司";
    const all = new Set(indexGrams(text));
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 1; j <= text.length; j++) {
        for (const g of queryGrams(text.slice(i, j))) expect(all.has(g)).toBe(true);
      }
    }
  });

  it("detects Han script", () => {
    expect(hasHan("abc")).toBe(false);
    expect(hasHan("abc客户")).toBe(true);
  });
});
