import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { featuresOf } from "../../../src/rules/model/features.ts";
import { normalise } from "../../../src/rules/normalise/index.ts";

/** Tricks the normaliser undoes, applied to one word the way bait is written. */
const TRICKS: Record<string, (word: string) => string> = {
  "math-bold": (w) => [...w].map((c) => (c >= "a" && c <= "z" ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c)).join(""),
  fullwidth: (w) => [...w].map((c) => (c >= "a" && c <= "z" ? String.fromCodePoint(0xff41 + c.charCodeAt(0) - 97) : c)).join(""),
  "zero-width": (w) => [...w].join("\u200b"),
  homoglyph: (w) => w.replace(/a/g, "\u0430").replace(/e/g, "\u0435").replace(/o/g, "\u043e"),
  "small-caps": (w) => w.replace(/e/g, "ᴇ").replace(/a/g, "ᴀ").replace(/k/g, "ᴋ"),
  uppercase: (w) => w.toUpperCase(),
  combining: (w) => [...w].map((c) => `${c}\u0336`).join(""),
  // A doubled letter of the word itself ("deepfake") cannot be told from a stretched one.
  repeat: (w) => (/(.)\1/.test(w) ? w : w.replace(/([aeiou])/, "$1$1$1$1")),
};

const WORDS = ["leaked", "nudes", "onlyfans", "video", "telegram", "full", "link", "bio", "deepfake", "filtrado", "vazou", "bocor"];
const SPEC = { bits: 18 };
const featuresOfText = (text: string) => {
  const f = featuresOf(normalise(text).text, [], [], SPEC);
  return [...f.buckets].map((b, i) => `${b}:${f.values[i]}`).sort();
};

describe("model features", () => {
  it("are the same for an obfuscated word and its plain form, in any sentence", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...Object.keys(TRICKS)),
        (words, pick, trick) => {
          const at = pick % words.length;
          const plain = words.join(" ");
          const tricked = words.map((w, i) => (i === at ? (TRICKS[trick] as (w: string) => string)(w) : w)).join(" ");
          expect(featuresOfText(tricked)).toEqual(featuresOfText(plain));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("tell different words apart", () => {
    expect(featuresOfText("leaked nudes")).not.toEqual(featuresOfText("leaked memo"));
  });

  it("count signals and hosts beside the words, whatever the post's length", () => {
    const short = featuresOf("hi", ["leak-word"], ["t.me"], SPEC);
    const long = featuresOf("hi ".repeat(50), ["leak-word"], ["t.me"], SPEC);
    const last = (f: typeof short) => [...f.values].slice(-2);
    expect(last(short)).toEqual([1, 1]);
    expect(last(long)).toEqual([1, 1]);
    expect(featuresOf("hi", ["leak-word"], [], SPEC).buckets).not.toEqual(featuresOf("hi", ["news-report"], [], SPEC).buckets);
  });
});
