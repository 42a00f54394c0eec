/**
 * Text PostgreSQL cannot store faithfully: U+0000 (a `text` value cannot hold it — the
 * driver fails mid-query) and unpaired UTF-16 surrogates (`"\ud800x"` is valid JSON but has
 * no UTF-8 form, so the driver would store U+FFFD: what is kept would differ from what was
 * sent).
 */
const NUL = "\u0000";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGES = {
  nul_character: "Text may not contain the NUL character (U+0000).",
  unpaired_surrogate: "Text contains an unpaired UTF-16 surrogate; send valid Unicode.",
} as const;

export type UnsafeTextRule = keyof typeof UNSAFE_TEXT_MESSAGES;

/** The rule a string breaks, or null when PostgreSQL can store it as sent. */
export function unsafeTextRule(value: string): UnsafeTextRule | null {
  if (value.includes(NUL)) return "nul_character";
  if (LONE_SURROGATE.test(value)) return "unpaired_surrogate";
  return null;
}
