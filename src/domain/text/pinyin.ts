import { pinyin } from "pinyin-pro";

/**
 * Hanyu pinyin of Chinese text, from pinyin-pro (MIT, no native code, dictionary-based so
 * that polyphonic characters read by their word: 重庆 chongqing, 银行 yinhang). ü is written
 * "v", as on every pinyin keyboard (绿 → lv).
 */
export type Syllable = {
  /** The character as written. */
  char: string;
  /** Toneless syllable in lower case, or null for a Han character the dictionary lacks. */
  syllable: string | null;
  /** 1–4, or 0 for the neutral tone (and for characters without a syllable). */
  tone: number;
};

const SYLLABLE = /^([a-z]+)([0-4])?$/;

/**
 * The syllables of a run of Han characters. `surname` reads the first character as a family
 * name (单 shan, 曾 zeng), which is right for a person's name and wrong for a company's.
 */
export function hanSyllables(run: string, opts: { surname?: boolean } = {}): Syllable[] {
  const chars = [...run];
  const read = pinyin(run, {
    type: "array",
    toneType: "num",
    v: true,
    toneSandhi: false,
    surname: opts.surname ? "head" : "off",
  });
  // One reading per character; if the library ever disagreed, fall back to reading each alone.
  const readings =
    read.length === chars.length ? read : chars.map((c) => pinyin(c, { toneType: "num", v: true }));
  return chars.map((char, i) => {
    const m = SYLLABLE.exec(readings[i] ?? "");
    return m
      ? { char, syllable: m[1]!, tone: Number(m[2] ?? 0) }
      : { char, syllable: null, tone: 0 };
  });
}
