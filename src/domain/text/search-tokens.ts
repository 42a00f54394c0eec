import { hasHan } from "./cjk-grams.ts";

/**
 * Full-text search tokens that work for English and Chinese alike. Chinese has no spaces, so
 * words come from ICU's segmenter (Intl.Segmenter, full ICU in Node 20): 安排下周拜访 →
 * 安排 / 下周 / 拜访. Segmenters disagree at the edges (拜访客户 may come out as one word or
 * two), so every Han word also contributes its characters and bigrams: a query matches when
 * the document holds all of the query's bigrams. Tokens become tsvector lexemes verbatim
 * (array_to_tsvector), bypassing PostgreSQL's locale-dependent parser, which PGlite and
 * servers configure differently.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize("NFKC").toLowerCase())) {
    if (s.isWordLike) out.push(s.segment);
  }
  return out;
}

function hanGrams(word: string, withUnigrams: boolean): string[] {
  const chars = [...word];
  const grams: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (withUnigrams) grams.push(chars[i]!);
    if (i + 1 < chars.length) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** Lexemes to index for a document. */
export function documentTokens(...texts: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of words(text)) {
      tokens.add(w);
      if (hasHan(w)) for (const g of hanGrams(w, true)) tokens.add(g);
    }
  }
  return [...tokens];
}

export type QueryTerm = { lexeme: string; prefix: boolean };

/**
 * Terms a document must all contain. Latin words match as prefixes (`visi` finds `visit`);
 * Han words match through their bigrams, or the character itself when alone.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const w of words(query)) {
    if (hasHan(w)) {
      const grams = [...w].length === 1 ? [w] : hanGrams(w, false);
      for (const g of grams) terms.set(g, { lexeme: g, prefix: false });
    } else {
      terms.set(w, { lexeme: w, prefix: true });
    }
  }
  return [...terms.values()];
}

/** A tsquery literal ANDing the terms, each quoted so PostgreSQL takes it verbatim. */
export function toTsquery(terms: QueryTerm[]): string {
  return terms
    .map((t) => `'${t.lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${t.prefix ? ":*" : ""}`)
    .join(" & ");
}
