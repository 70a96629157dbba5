/**
 * The term lists every contender gets, the same list for all three: the real built-in pack terms first (bait
 * terms at the head so even the 100-term list holds bait of every language), then made-up filler up to the
 * size. Lists are nested (the 100 are the start of the 1,000, which start the 5,000), so bait built from the
 * smallest list is in every list and recall compares across sizes.
 */
import type { Language } from "../generate/schema.ts";
import { LANGUAGES } from "../generate/schema.ts";
import { createRng } from "../generate/prng.ts";
import { RulePackSchema, type RulePack } from "../../src/rules/schema/pack.ts";
import { fillerTerms } from "./filler.ts";

export interface TermSource {
  terms: string[];
  /** Bait terms (strong signals of a category) of each language pack. */
  bait: Record<Language, string[]>;
}

/** Bait in posts must survive being written as plain words: letters and spaces, at least four of them. */
const WRITABLE = /^\*?[\p{L}\p{M}][\p{L}\p{M} ]{2,}[\p{L}\p{M}]\*?$/u;
const BAIT_WEIGHT = 0.3;

/** Every term of every pattern rule, deduplicated, and the writable bait terms per language. */
export function termSource(packs: readonly RulePack[]): TermSource {
  const terms = new Set<string>();
  const bait = Object.fromEntries(LANGUAGES.map((l) => [l, new Set<string>()])) as Record<Language, Set<string>>;
  for (const pack of packs) {
    const lang = LANGUAGES.find((l) => pack.languages.includes(l));
    for (const rule of pack.rules) {
      if (rule.kind === "combo") continue;
      for (const t of rule.terms ?? []) terms.add(t);
      if (lang && rule.kind === "signal" && rule.category && rule.weight >= BAIT_WEIGHT) {
        for (const t of rule.terms ?? []) if (WRITABLE.test(t)) bait[lang].add(t);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    terms: sorted(terms),
    bait: Object.fromEntries(LANGUAGES.map((l) => [l, sorted(bait[l])])) as Record<Language, string[]>,
  };
}

export interface TermList {
  size: number;
  terms: string[];
  /** How many of `terms` come from the built-in packs; the rest is filler. */
  real: number;
}

export interface TermLists {
  lists: TermList[];
  /** Bait terms per language, all inside the smallest list. */
  bait: Record<Language, string[]>;
}

/**
 * Nested term lists of the given sizes. A language whose pack has no bait of its own (Hinglish posts reuse
 * English bait words) borrows the English bait.
 */
export function buildTermLists(source: TermSource, sizes: readonly number[], seed: number, baitPerLanguage = 6): TermLists {
  const rng = createRng(seed);
  const smallest = Math.min(...sizes);
  const picked = new Set<string>();
  const bait = {} as Record<Language, string[]>;
  for (const lang of LANGUAGES) {
    bait[lang] = rng.shuffle(source.bait[lang]).slice(0, baitPerLanguage);
    bait[lang].forEach((t) => picked.add(t));
  }
  for (const lang of LANGUAGES) if (bait[lang].length === 0) bait[lang] = bait.en;
  if (picked.size > smallest) throw new Error(`${picked.size} bait terms do not fit a list of ${smallest}`);

  const ordered = [...picked, ...rng.shuffle(source.terms.filter((t) => !picked.has(t)))];
  const largest = Math.max(...sizes);
  const filler = fillerTerms(Math.max(0, largest - ordered.length), rng, new Set(ordered));
  const all = [...ordered, ...filler];
  const lists = [...sizes].sort((a, b) => a - b).map((size) => ({ size, terms: all.slice(0, size), real: Math.min(size, ordered.length) }));
  return { lists, bait };
}

const CHUNK = 50;

/** Our engine's form of a term list: one signal rule per chunk of terms, each enough on its own to flag. */
export function toRulePack(terms: readonly string[]): RulePack {
  const rules = [];
  for (let i = 0; i < terms.length; i += CHUNK) {
    rules.push({
      id: `bench-terms-${i / CHUNK}`,
      description: "Benchmark terms",
      kind: "signal",
      category: "intimate-leak",
      weight: 0.6,
      terms: terms.slice(i, i + CHUNK),
    });
  }
  return RulePackSchema.parse({ id: "bench", name: "Benchmark", version: "1.0.0", languages: ["en"], description: "Benchmark term list", rules });
}
