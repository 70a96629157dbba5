/**
 * The model's features, read from the normaliser's output so that every obfuscation of a word ("l3@k", "𝐥𝐞𝐚𝐤",
 * "l e a k") gives the same features as the word itself:
 * - character 3–5-grams inside each word (with its edges marked), which carry spelling variants and inflections
 *   across the eight languages without a vocabulary;
 * - word unigrams and bigrams, which carry phrasing ("put her in", "link in bio");
 * - the rule signals that matched, so the model learns how much each rule is worth on real text;
 * - the hosts of the post's links.
 * Text features are scaled by 1/√n so a long post is not judged on its length; signals and hosts count 1 each.
 */
import { isPictograph, isWordChar } from "../text/chars.ts";
import { avalanche, FNV_OFFSET, fnvStep, fnvString } from "./hash.ts";

/** Kinds of feature, hashed in first so that the word "leak" and the rule id "leak" are different features. */
const KIND = { gram: 1, word: 2, bigram: 3, signal: 4, host: 5 } as const;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Longer runs (hashes, URLs, letter walls) add grams but no meaning; their first units are enough. */
const MAX_WORD = 24;
const EDGE = 0x2;

export interface FeatureSpec {
  /** log2 of the number of weight buckets. */
  bits: number;
}

export interface Features {
  /** Bucket of each feature occurrence. */
  readonly buckets: Uint32Array;
  readonly values: Float32Array;
  readonly length: number;
}

/** A word of the normalised text: [start, end) in its units. */
export interface Word {
  start: number;
  end: number;
}

/** Word runs and single pictographs (🔞 is a word of bait) of the normalised text. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      const start = i;
      i += width;
      while (i < text.length) {
        const next = text.codePointAt(i) ?? 0;
        if (!isWordChar(next)) break;
        i += next > 0xffff ? 2 : 1;
      }
      words.push({ start, end: i });
    } else {
      if (isPictograph(code)) words.push({ start: i, end: i + width });
      i += width;
    }
  }
  return words;
}

/**
 * Calls `emit` once per feature occurrence. The one walk serves both scoring (which needs only buckets) and
 * explaining (which also needs the words), so the two can never disagree.
 */
function walk(text: string, signals: Iterable<string>, hosts: Iterable<string>, mask: number, emit: (bucket: number, text: boolean, first: number, last: number) => void): Word[] {
  const words = wordsOf(text);
  let previous = -1;
  for (let w = 0; w < words.length; w++) {
    const { start, end } = words[w] as Word;
    const stop = Math.min(end, start + MAX_WORD);
    let whole = fnvStep(FNV_OFFSET, KIND.word);
    for (let i = start; i < stop; i++) whole = fnvStep(whole, text.charCodeAt(i));
    emit(avalanche(whole) & mask, true, w, w);
    if (previous >= 0) {
      const prev = words[previous] as Word;
      let pair = fnvStep(FNV_OFFSET, KIND.bigram);
      for (let i = prev.start; i < Math.min(prev.end, prev.start + MAX_WORD); i++) pair = fnvStep(pair, text.charCodeAt(i));
      pair = fnvStep(pair, 0x20);
      for (let i = start; i < stop; i++) pair = fnvStep(pair, text.charCodeAt(i));
      emit(avalanche(pair) & mask, true, previous, w);
    }
    previous = w;
    // Grams over the word with edge marks: positions -1 and stop stand for the marks.
    for (let from = start - 1; from < stop; from++) {
      let h = fnvStep(FNV_OFFSET, KIND.gram);
      for (let n = 1; n <= MAX_GRAM; n++) {
        const at = from + n - 1;
        if (at > stop) break;
        h = fnvStep(h, at < start || at === stop ? EDGE : text.charCodeAt(at));
        if (n >= MIN_GRAM) emit(avalanche(h) & mask, true, w, w);
      }
    }
  }
  for (const s of signals) emit(avalanche(fnvString(fnvStep(FNV_OFFSET, KIND.signal), s)) & mask, false, -1, -1);
  for (const host of hosts) emit(avalanche(fnvString(fnvStep(FNV_OFFSET, KIND.host), host)) & mask, false, -1, -1);
  return words;
}

/** The value of each text feature of a post with `count` of them; signals and hosts are worth 1. */
const textValue = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

let scratchBuckets = new Uint32Array(1024);
let scratchText = new Uint8Array(1024);

/** The features of a normalised text, its matched signal ids and its links' hosts. */
export function featuresOf(text: string, signals: Iterable<string>, hosts: Iterable<string>, { bits }: FeatureSpec): Features {
  let n = 0;
  let textCount = 0;
  walk(text, signals, hosts, (1 << bits) - 1, (bucket, isText) => {
    if (n === scratchBuckets.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(scratchBuckets);
      scratchBuckets = grown;
      const grownText = new Uint8Array(n * 2);
      grownText.set(scratchText);
      scratchText = grownText;
    }
    scratchBuckets[n] = bucket;
    scratchText[n] = isText ? 1 : 0;
    if (isText) textCount++;
    n++;
  });
  const scale = textValue(textCount);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = scratchText[i] === 1 ? scale : 1;
  return { buckets: scratchBuckets.slice(0, n), values, length: n };
}

/**
 * How much each word of a text adds to a linear score over its features, with `weightOf` a bucket's weight: a
 * bigram's weight is shared by its two words; signals and hosts belong to no word. Every text feature carries the
 * same value, so each word's sum is scaled once, and no feature needs an object of its own.
 */
export function wordContributions(text: string, signals: Iterable<string>, hosts: Iterable<string>, { bits }: FeatureSpec, weightOf: (bucket: number) => number): { words: Word[]; contributions: Float64Array } {
  const sums: number[] = [];
  let textCount = 0;
  const add = (word: number, weight: number) => {
    sums[word] = (sums[word] ?? 0) + weight;
  };
  const words = walk(text, signals, hosts, (1 << bits) - 1, (bucket, isText, first, last) => {
    if (!isText) return;
    textCount++;
    const weight = weightOf(bucket);
    if (first === last) add(first, weight);
    else {
      add(first, weight / 2);
      add(last, weight / 2);
    }
  });
  const value = textValue(textCount);
  return { words, contributions: Float64Array.from(words, (_, i) => (sums[i] ?? 0) * value) };
}
