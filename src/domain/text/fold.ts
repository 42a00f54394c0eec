/**
 * Text folding for search: what a person types on a phone must find what was stored however
 * it was spelled. Both sides go through the same function, at write time for the stored
 * search text and at query time for `q`.
 *
 * - NFKC first, so full-width ＡＣＭＥ and compatibility forms become plain characters;
 * - lower case;
 * - Latin diacritics dropped (München → munchen, Café → cafe): only the combining marks of
 *   the U+0300 block, so Japanese voiced kana or Hangul are never taken apart;
 * - letters without a decomposition spelled out (ß → ss, ø → o, æ → ae, ł → l);
 * - every run of white space, line breaks included, becomes one space.
 *
 * Han characters pass through unchanged.
 */
const COMBINING_LATIN = /[\u0300-\u036f]/g;
const SPELLED: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const SPELLED_RE = new RegExp(`[${Object.keys(SPELLED).join("")}]`, "g");
const SPACE = /[\s\p{Cc}]+/gu;

export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_LATIN, "")
    .normalize("NFC")
    .replace(SPELLED_RE, (c) => SPELLED[c] ?? c)
    .replace(SPACE, " ")
    .trim();
}

const UMLAUT = /[äöü]/g;
const UMLAUT_SPELLED: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

/**
 * German spells umlauts out when a keyboard has none (München → Muenchen, Müller → Mueller).
 * The folded text keeps only the base letter (munchen), so the spelled-out form is stored as
 * well: both "Munchen" and "Muenchen" then find München. Null when the text has no umlaut.
 */
export function umlautVariant(text: string): string | null {
  const lower = text.normalize("NFKC").toLowerCase().normalize("NFC");
  if (!/[äöü]/.test(lower)) return null;
  return foldText(lower.replace(UMLAUT, (c) => UMLAUT_SPELLED[c] ?? c));
}
