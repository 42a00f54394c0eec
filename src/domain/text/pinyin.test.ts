import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { isPinyinLike, SYLLABLES, syllableGram } from "./pinyin.ts";

describe("pinyin syllables", () => {
  it("are every toneless reading pinyin-pro gives a CJK ideograph", () => {
    const read = new Set<string>();
    for (let c = 0x4e00; c <= 0x9fa5; c++) {
      for (const r of pinyin(String.fromCharCode(c), {
        toneType: "none",
        type: "array",
        multiple: true,
        v: true,
      })) {
        if (/^[a-z]+$/.test(r)) read.add(r);
      }
    }
    expect([...SYLLABLES].sort()).toEqual([...read].sort());
  });

  it.each([
    ["huaxin", true],
    ["boyuan", true],
    ["boyuank", true],
    ["zhuj", true],
    ["xian", true],
    ["lv", true],
    ["huber", false],
    ["uaxin", false],
    ["by", false],
    ["info", false],
  ])("%j reads as pinyin: %s", (letters, expected) => {
    expect(isPinyinLike(letters)).toBe(expected);
  });

  it("names a syllable's gram by its first two letters, or its vowel", () => {
    expect(["hua", "zhu", "an", "er", "ou", "bo"].map(syllableGram)).toEqual([
      "hu",
      "zh",
      "a",
      "e",
      "o",
      "bo",
    ]);
  });
});
