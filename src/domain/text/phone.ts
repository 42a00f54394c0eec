/**
 * Phone numbers are searched by their digits: "131 4985 0123", "131-4985-0123",
 * "+86 131 4985 0123" and "0086 13149850123" are one number.
 *
 * Stored: every digit of the number as written, with an international "00" prefix dropped
 * (0086… → 86…). Queried: the national significant number — the country calling code after
 * "+" or "00" is removed, and so is a leading trunk "0" (089 … in Munich, 021 … in
 * Shanghai). Every way of writing a number then holds the query's digits as a substring:
 * +49 89 1234567 is stored as 49891234567 and a query of 089 1234567 looks for 891234567.
 */

/** Country calling codes of one and two digits (ITU-T E.164); all others have three. */
const ONE_DIGIT = new Set(["1", "7"]);
const TWO_DIGITS = new Set(
  (
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 " +
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
  ).split(" "),
);

function callingCodeLength(digits: string): number {
  if (ONE_DIGIT.has(digits.slice(0, 1))) return 1;
  if (TWO_DIGITS.has(digits.slice(0, 2))) return 2;
  return 3;
}

/** The digits a stored phone number is found by, or null when it has none. */
export function phoneDigits(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.normalize("NFKC").replace(/\D/g, "");
  if (!digits) return null;
  return digits.startsWith("00") ? digits.slice(2) : digits;
}

/** Only digits and what people put between them: spaces, dashes, dots, slashes, brackets, a plus. */
const PHONE_LIKE = /^\+?[\d\s\-./()]+$/;

/**
 * The digits to look for when a query looks like a phone number (or a piece of one), else
 * null. A trunk "0" is removed only from what looks like a whole number (8 digits or more),
 * so that a fragment such as "0123" still means those four digits.
 */
export function phoneQuery(query: string): string | null {
  const q = query.normalize("NFKC").trim();
  if (!PHONE_LIKE.test(q)) return null;
  let digits = q.replace(/\D/g, "");
  if (!digits) return null;
  const international = q.startsWith("+") || digits.startsWith("00");
  if (digits.startsWith("00")) digits = digits.slice(2);
  if (international && digits.length > 3) {
    digits = digits.slice(callingCodeLength(digits));
    // "+49 (0)89 …": a trunk zero written after the country code.
    if (digits.startsWith("0") && digits.length > 1) digits = digits.slice(1);
  } else if (!international && digits.length >= 8 && /^0[1-9]/.test(digits)) {
    digits = digits.slice(1);
  }
  return digits || null;
}
