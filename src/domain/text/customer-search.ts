import { hasHan, indexGrams, queryGrams } from "./cjk-grams.ts";
import { foldText, umlautVariant } from "./fold.ts";
import { phoneDigits, phoneQuery } from "./phone.ts";
import {
  hanSyllables,
  isSyllablePrefix,
  leadingSyllables,
  type Syllable,
  syllableGram,
} from "./pinyin.ts";

/**
 * What a customer is found and sorted by, computed when it (or one of its contacts) is
 * written, and how a query is read to match it. Decision 0013.
 *
 * Bump the version when the composition changes: rows written under an older version are
 * recomputed when the database is next migrated (db/migrate.ts).
 */
export const CUSTOMER_SEARCH_VERSION = 1;

export type SearchContact = { name: string; email: string | null; phone: string | null };

export type CustomerSearchSource = {
  kind: "company" | "person";
  name: string;
  city: string | null;
  email: string | null;
  phone: string | null;
  /** Live (not deleted) contacts only. */
  contacts: SearchContact[];
};

export type CustomerSearchFields = {
  /**
   * Folded lines (name, city, e-mail, phone digits, and the contacts') joined by "\n", which
   * no folded line contains, so that no match spans two fields.
   */
  searchText: string;
  /** The same names' and city's pinyin, full and initials, one line each. */
  searchPinyin: string;
  /**
   * Han unigrams and bigrams of the name, the city and the contacts' names; and for pinyin,
   * each syllable's gram ("p:hu" for hua) and each pair of adjacent initials ("i:hx").
   */
  searchGrams: string[];
  /** Byte-ordered (COLLATE "C") name key: pinyin for Han, folded letters and digits otherwise. */
  sortKey: string;
  searchVersion: number;
};

const HAN_RUN = /(\p{Script=Han}+)/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** Between the parts of a sort key: below every character a part can hold. */
const KEY_SEPARATOR = "\u0001";

/** Han runs and the text between them, in order. */
function segments(text: string): { han: boolean; text: string }[] {
  return text
    .split(HAN_RUN)
    .filter((s) => s !== "")
    .map((s) => ({ han: HAN_RUN.test(s), text: s }));
}

/**
 * A name as one run of letters and digits: Han characters as toneless pinyin, everything
 * else folded, spaces and punctuation dropped (上海博远 → shanghaiboyuan, Bäckerei Huber →
 * backereihuber), plus the tones of the Han characters in order, to break ties.
 */
function nameForm(text: string, person: boolean): { form: string; tones: string } {
  let form = "";
  let tones = "";
  let first = true;
  for (const seg of segments(text)) {
    if (seg.han) {
      for (const s of hanSyllables(seg.text, { surname: person && first })) {
        form += s.syllable ?? s.char;
        if (s.syllable) tones += String(s.tone);
      }
    } else {
      form += foldText(seg.text).replace(NOT_LETTER_OR_DIGIT, "");
    }
    first = false;
  }
  return { form, tones };
}

const take = (s: string, n: number) => [...s].slice(0, n).join("");

/**
 * The key names sort by: pinyin order, Latin and Han names interleaved (博远 among the B's),
 * case and accents ignored. Ties fall to the tones (波 bo1 before 博 bo2), then to the folded
 * name itself, so the order never depends on the database's locale.
 */
export function nameSortKey(name: string, person = false): string {
  const { form, tones } = nameForm(name, person);
  return [take(form, 200), take(tones, 100), take(foldText(name), 200)].join(KEY_SEPARATOR);
}

type Lines = { text: string[]; pinyin: string[]; grams: string[] };

/**
 * A name's folded form and its German spelled-out form; the full pinyin and initials of each
 * Han run; and the pinyin grams a search walks in name order (decision 0013).
 */
function nameLines(name: string, person: boolean, out: Lines): void {
  out.text.push(foldText(name));
  const variant = umlautVariant(name);
  if (variant) out.text.push(variant);
  let first = true;
  for (const seg of segments(name)) {
    if (!seg.han) {
      first = false;
      continue;
    }
    const syllables = hanSyllables(seg.text, { surname: person && first });
    first = false;
    if (!syllables.some((s) => s.syllable)) continue;
    out.pinyin.push(syllables.map((s) => s.syllable ?? s.char).join(""));
    out.pinyin.push(syllables.map((s) => s.syllable?.[0] ?? s.char).join(""));
    out.grams.push(...pinyinGrams(syllables));
  }
}

/**
 * Per character: its syllable's gram ("p:hu" for hua); per pair of adjacent characters: the
 * first syllable and the second's initial ("pi:huax" for 华信) and both initials ("i:hx").
 * Each is what one shape of query walks (see pinyinQuery): among the rows of a gram, the
 * matches of such a query are dense, so a walk in name order soon fills a page.
 */
function pinyinGrams(syllables: Syllable[]): string[] {
  const grams: string[] = [];
  syllables.forEach((s, i) => {
    if (!s.syllable) return;
    grams.push(`p:${syllableGram(s.syllable)}`);
    const next = syllables[i + 1]?.syllable;
    if (next) grams.push(`pi:${s.syllable}${next[0]}`, `i:${s.syllable[0]}${next[0]}`);
  });
  return grams;
}

function contactLines(c: { email: string | null; phone: string | null }): string[] {
  const lines: string[] = [];
  if (c.email) lines.push(foldText(c.email));
  const digits = phoneDigits(c.phone);
  if (digits) lines.push(digits);
  return lines;
}

export function customerSearchFields(source: CustomerSearchSource): CustomerSearchFields {
  const lines: Lines = { text: [], pinyin: [], grams: [] };
  nameLines(source.name, source.kind === "person", lines);
  if (source.city) nameLines(source.city, false, lines);
  lines.text.push(...contactLines(source));
  for (const c of source.contacts) {
    nameLines(c.name, true, lines);
    lines.text.push(...contactLines(c));
  }
  const hanText = [source.name, source.city ?? "", ...source.contacts.map((c) => c.name)];
  const join = (l: string[]) => [...new Set(l.filter((x) => x !== ""))].join("\n");
  return {
    searchText: join(lines.text),
    searchPinyin: join(lines.pinyin),
    searchGrams: [...new Set([...indexGrams(hanText.join(" ")), ...lines.grams])],
    sortKey: nameSortKey(source.name, source.kind === "person"),
    searchVersion: CUSTOMER_SEARCH_VERSION,
  };
}

export type CustomerQuery = {
  /** Substrings of the search text; a customer matches when it holds any of them. */
  patterns: string[];
  /**
   * For letters that read as pinyin or initials: what the pinyin lines must contain, and the
   * grams (one per way of reading the query) the rows are walked by; a customer matches
   * through pinyin when it has one of the grams and contains one of the patterns.
   */
  pinyin: { patterns: string[]; grams: string[] } | null;
  /** For a query with Han characters: the grams every match holds (the gram index's key). */
  grams: string[] | null;
  /**
   * The sort-key prefix of a name that starts with the query — the "name match" that ranks
   * first. Null when the query has no letters or digits.
   */
  namePrefix: string | null;
  /**
   * With Han characters: the folded name must start with this too, because homophones share
   * a pinyin prefix (博远 and 薄园 are both boyuan).
   */
  nameStart: string | null;
  /** Whether a typo-tolerant trigram fallback makes sense (plain Latin text). */
  fuzzy: boolean;
};

/**
 * Pinyin is matched from a syllable's start ("huaxin", "boyuan", "bo yuan") and initials from a
 * character's ("by", "shhx", up to six letters), never from inside a syllable ("uaxin"): that
 * is what lets a pinyin search walk a gram in name order instead of every row that contains
 * the letters. One letter is too little to read as pinyin (names starting with it still rank
 * first through the sort key).
 */
function pinyinQuery(folded: string): CustomerQuery["pinyin"] {
  const letters = folded.replace(/ /g, "");
  if (!/^[a-z]{2,}$/.test(letters)) return null;
  const grams = new Set<string>();
  // One syllable, perhaps still being typed ("hu", "huan"): the rows with a syllable so begun.
  if (isSyllablePrefix(letters)) grams.add(`p:${syllableGram(letters)}`);
  // Several: the rows where a first syllable is followed by the next one's initial (huaxin
  // reads hua·xin → pi:huax, or hu·a·xin → pi:hua).
  for (const s of leadingSyllables(letters)) grams.add(`pi:${s}${letters[s.length]}`);
  // i, u and v never start a syllable, so they are never an initial.
  if (letters.length <= 6 && !/[iuv]/.test(letters)) grams.add(`i:${letters.slice(0, 2)}`);
  return grams.size > 0 ? { patterns: [letters], grams: [...grams] } : null;
}

export function customerQuery(q: string): CustomerQuery {
  const digits = phoneQuery(q);
  const { form } = nameForm(q, false);
  const namePrefix = form === "" ? null : form;
  const none = { pinyin: null, nameStart: null, fuzzy: false };
  if (digits) return { ...none, patterns: [digits], grams: null, namePrefix };
  const folded = foldText(q);
  if (hasHan(folded)) {
    return {
      ...none,
      patterns: [folded],
      grams: queryGrams(folded),
      namePrefix,
      nameStart: folded,
    };
  }
  return {
    patterns: [folded],
    grams: null,
    pinyin: pinyinQuery(folded),
    namePrefix,
    nameStart: null,
    fuzzy: true,
  };
}
