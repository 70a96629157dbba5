/**
 * The obfuscation tricks leak-bait posts use to slip past keyword filters, applied by code so the code points
 * are exact. Each trick returns the word unchanged when it has nothing to act on (no Latin letters for leet,
 * say); the generator then picks another.
 */
import tables from "./data/tricks.json" with { type: "json" };
import type { Rng } from "./prng.ts";
import { TrickTablesSchema, type Trick } from "./schema.ts";

const TABLES = TrickTablesSchema.parse(tables);

const isLatinLower = (ch: string) => ch >= "a" && ch <= "z";

/** Maps some (about half, at least one) of the letters that have a substitute. */
function substitute(word: string, table: Readonly<Record<string, string>>, rng: Rng): string {
  const chars = [...word];
  const candidates = chars.flatMap((ch, i) => (table[ch.toLowerCase()] ? [i] : []));
  if (candidates.length === 0) return word;
  const chosen = new Set(candidates.filter(() => rng.chance(0.6)));
  if (chosen.size === 0) chosen.add(rng.pick(candidates));
  return chars.map((ch, i) => (chosen.has(i) ? (table[ch.toLowerCase()] ?? ch) : ch)).join("");
}

/** Shifts a-z into a Unicode block of styled letters (math bold, fullwidth). */
const shiftLatin = (word: string, lowerA: number, upperA: number) =>
  [...word]
    .map((ch) => {
      if (isLatinLower(ch)) return String.fromCodePoint(lowerA + ch.charCodeAt(0) - 97);
      if (ch >= "A" && ch <= "Z") return String.fromCodePoint(upperA + ch.charCodeAt(0) - 65);
      return ch;
    })
    .join("");

const interleave = (word: string, pickGlue: () => string) => {
  const chars = [...word];
  return chars.map((ch, i) => (i < chars.length - 1 && ch !== " " && chars[i + 1] !== " " ? ch + pickGlue() : ch)).join("");
};

const SINGLE: Record<Exclude<Trick, "mixed">, (word: string, rng: Rng) => string> = {
  leet: (w, rng) => substitute(w, TABLES.leet, rng),
  homoglyph: (w, rng) => substitute(w, TABLES.homoglyph, rng),
  "zero-width": (w, rng) => interleave(w, () => rng.pick(TABLES.zeroWidth)),
  "math-bold": (w) => shiftLatin(w, 0x1d41a, 0x1d400),
  fullwidth: (w) => shiftLatin(w, 0xff41, 0xff21),
  spacing: (w, rng) => {
    const glue = rng.pick(TABLES.spacers);
    return interleave(w, () => glue);
  },
  repeat: (w, rng) => {
    const vowels = [...w].flatMap((ch, i) => ("aeiou".includes(ch) ? [i] : []));
    if (vowels.length === 0) return w;
    const at = rng.pick(vowels);
    return [...w].map((ch, i) => (i === at ? ch.repeat(rng.between(3, 6)) : ch)).join("");
  },
  strike: (w) => [...w].map((ch) => (ch === " " ? ch : ch + TABLES.strike)).join(""),
};

const SINGLE_TRICKS = Object.keys(SINGLE) as Exclude<Trick, "mixed">[];
/** Tricks that still leave room for a second one on top (a font shift after spacing would style the glue). */
const MIX_FIRST: readonly Exclude<Trick, "mixed">[] = ["leet", "homoglyph", "math-bold", "fullwidth", "repeat"];
const MIX_SECOND: readonly Exclude<Trick, "mixed">[] = ["zero-width", "spacing", "strike"];

export function applyTrick(word: string, trick: Trick, rng: Rng): string {
  if (trick !== "mixed") return SINGLE[trick](word, rng);
  return SINGLE[rng.pick(MIX_SECOND)](SINGLE[rng.pick(MIX_FIRST)](word, rng), rng);
}

/** A trick that actually changes `word`, or null when none does. */
export function obfuscate(word: string, rng: Rng, preferred: Trick): { text: string; trick: Trick } | null {
  for (const trick of [preferred, ...rng.shuffle(SINGLE_TRICKS)]) {
    const text = applyTrick(word, trick, rng);
    if (text !== word) return { text, trick };
  }
  return null;
}
