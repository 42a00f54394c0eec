/**
 * Han-character n-grams for search. Chinese has no spaces and names are short
 * (华为, 上海华信贸易), so trigram indexes miss one- and two-character queries.
 * We index every unigram and bigram of each run of Han characters; a query matches
 * when the row holds all of the query's bigrams (or its single character).
 */
const HAN = /\p{Script=Han}/u;

function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let current = "";
  for (const ch of text) {
    if (HAN.test(ch)) {
      current += ch;
    } else if (current) {
      runs.push(current);
      current = "";
    }
  }
  if (current) runs.push(current);
  return runs;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Everything a row is findable by: each Han unigram and bigram, deduplicated. */
export function indexGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of hanRuns(text)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams];
}

/** What a query must find in a row: its bigrams, or the lone character of a one-character run. */
export function queryGrams(query: string): string[] {
  const grams = new Set<string>();
  for (const run of hanRuns(query)) {
    const chars = [...run];
    if (chars.length === 1) grams.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}
