import { describe, expect, it } from "vitest";
import { foldText, umlautVariant } from "./fold.ts";

describe("folding", () => {
  it.each([
    ["München", "munchen"],
    ["MÜNCHEN", "munchen"],
    // The same word typed with a combining diaeresis (NFD), as some keyboards send it.
    ["Mu\u0308nchen", "munchen"],
    ["Straße", "strasse"],
    ["Café Crème", "cafe creme"],
    ["Søren Ærø", "soren aero"],
    ["ＡＣＭＥ　ＧｍｂＨ", "acme gmbh"],
    ["  Bäckerei\n\tHuber  ", "backerei huber"],
    ["上海华信 Trading", "上海华信 trading"],
    ["が", "が"],
    ["한국", "한국"],
  ])("%j → %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it.each([
    ["München", "muenchen"],
    ["Müller Bäckerei", "mueller baeckerei"],
    ["Köln", "koeln"],
    ["Munich", null],
    ["上海", null],
  ])("German spelled-out umlauts: %j → %j", (input, expected) => {
    expect(umlautVariant(input)).toBe(expected);
  });
});
