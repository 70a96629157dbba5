import { seededRandom } from "../../../src/rules/random.ts";

/**
 * Deterministic, realistic-looking terms for the matcher's scale test and measurements: lowercase words and
 * two- or three-word phrases of about 12 characters, some with a `*` end, like the terms packs hold.
 */
const SYLLABLES = ["le", "ak", "vi", "de", "on", "ly", "fa", "ns", "nu", "de", "ta", "pe", "ex", "po", "sed", "li", "nk",
  "bi", "o", "ful", "l", "ma", "ri", "ka", "to", "ra", "cam", "gi", "rl", "se", "cr", "et", "dm", "me", "sn", "ap"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function randomWord(random: () => number): string {
  let w = "";
  const syllables = 2 + Math.floor(random() * 3);
  for (let i = 0; i < syllables; i++) w += pick(random, SYLLABLES);
  return w;
}

/** `count` distinct terms; with `wildcards`, about one in ten gets a `*` at one end. */
export function generateTerms(count: number, seed: number, wildcards = false): string[] {
  const random = seededRandom(seed);
  const terms = new Set<string>();
  while (terms.size < count) {
    const words = 1 + Math.floor(random() * 2.2);
    let term = Array.from({ length: words }, () => randomWord(random)).join(" ");
    if (wildcards && random() < 0.1) term = random() < 0.5 ? `${term}*` : `*${term}`;
    terms.add(term);
  }
  return [...terms];
}
