import { describe, expect, it } from "vitest";
import { compileMatcher, type Match, type PatternEntry } from "../../../src/rules/matcher/index.ts";
import { generateTerms } from "./terms.ts";

/** Compiles patterns with their own text as payload and returns what matched, as "payload@start-end". */
function found(patterns: readonly string[], text: string): string[] {
  return show(compileMatcher(patterns.map((pattern) => ({ pattern, payload: pattern }))).match(text));
}

function show(matches: readonly Match<string>[]): string[] {
  return matches.map((m) => `${m.payload}@${m.start}-${m.end}`);
}

describe("word boundaries", () => {
  it("matches a whole word but not inside a longer one", () => {
    expect(found(["leak"], "leak")).toEqual(["leak@0-4"]);
    expect(found(["leak"], "new leak!")).toEqual(["leak@4-8"]);
    expect(found(["leak"], "leaky")).toEqual([]);
    expect(found(["leak"], "bleak")).toEqual([]);
    expect(found(["leak"], "leak2")).toEqual([]);
  });

  it("lifts the end boundary with a trailing *", () => {
    expect(found(["leak*"], "leaked leaks leaking leak")).toEqual([
      "leak*@0-4", "leak*@7-11", "leak*@13-17", "leak*@21-25",
    ]);
    expect(found(["leak*"], "bleaked")).toEqual([]);
  });

  it("lifts the start boundary with a leading *", () => {
    expect(found(["*leak"], "onlyfansleak bleak")).toEqual(["*leak@8-12", "*leak@14-18"]);
    expect(found(["*leak"], "leaked")).toEqual([]);
    expect(found(["*leak*"], "bleaked")).toEqual(["*leak*@1-5"]);
  });

  it("does not match across a word boundary of the real text", () => {
    expect(found(["sex tape"], "bisex tapes")).toEqual([]);
    expect(found(["sex tape"], "sex tapestry")).toEqual([]);
    expect(found(["sex tape"], "unisex tape")).toEqual([]);
    expect(found(["sex tape"], "a sex tape.")).toEqual(["sex tape@2-10"]);
  });

  it("treats digits and marks as word chars", () => {
    expect(found(["vid"], "vid2")).toEqual([]);
    expect(found(["vid"], "2vid")).toEqual([]);
    expect(found(["leak"], "le\u0301ak")).toEqual([]);
  });

  it("judges boundaries on whole code points outside the BMP", () => {
    // 𝐚 (U+1D41A) is a letter made of two surrogate halves; neither half alone is a word char.
    expect(found(["leak"], "\u{1d41a}leak")).toEqual([]);
    expect(found(["leak"], "leak\u{1d41a}")).toEqual([]);
    expect(found(["\u{1d41a}"], "x\u{1d41a}")).toEqual([]);
    expect(found(["\u{1d41a}"], "- \u{1d41a}!")).toEqual(["\u{1d41a}@2-4"]);
  });
});

describe("separators are skipped", () => {
  it.each([
    ["full video", 0, 10],
    ["full-video", 0, 10],
    ["full_video", 0, 10],
    ["fullvideo", 0, 9],
    ["#fullvideo", 1, 10],
    ["full. video", 0, 11],
    ["watch the f.u.l.l v.i.d.e.o now", 10, 27],
  ])("finds 'full video' in %j", (text, start, end) => {
    expect(found(["full video"], text)).toEqual([`full video@${start}-${end}`]);
  });

  it("catches split hashtags and spaced letters", () => {
    expect(found(["onlyfans leak"], "#on lyfans leak")).toEqual(["onlyfans leak@1-15"]);
    expect(found(["onlyfans leak"], "only_fans_leak")).toEqual(["onlyfans leak@0-14"]);
    expect(found(["link in bio"], "#linkinbio")).toEqual(["link in bio@1-10"]);
    expect(found(["leak"], "l.e.a.k")).toEqual(["leak@0-7"]);
  });

  it("skips separators inside the pattern too", () => {
    expect(found(["link-in-bio"], "link in bio")).toEqual(["link-in-bio@0-11"]);
  });

  it("never starts or ends a match on a skipped separator", () => {
    expect(found(["leak"], "...leak...")).toEqual(["leak@3-7"]);
  });
});

describe("overlapping and nested matches", () => {
  it("reports nested phrases", () => {
    expect(found(["sex tape", "tape"], "her sex tape")).toEqual(["sex tape@4-12", "tape@8-12"]);
  });

  it("reports the classic he/she/his/hers set, ordered by end then start", () => {
    expect(found(["he", "she", "his", "hers"], "ushers")).toEqual([]);
    expect(found(["*he*", "*she*", "*his*", "*hers*"], "ushers")).toEqual(["*she*@1-4", "*he*@2-4", "*hers*@2-6"]);
    expect(found(["he", "she", "hers"], "she he hers")).toEqual(["she@0-3", "he@4-6", "hers@7-11"]);
  });

  it("reports overlapping occurrences of one pattern", () => {
    expect(found(["*aa*"], "aaaa")).toEqual(["*aa*@0-2", "*aa*@1-3", "*aa*@2-4"]);
  });

  it("returns matches sorted by end, then start", () => {
    const matches = compileMatcher(
      ["*b*", "*ab*", "*abc*", "*c*", "*bc*"].map((pattern) => ({ pattern, payload: pattern })),
    ).match("abcab");
    expect(show(matches)).toEqual(["*ab*@0-2", "*b*@1-2", "*abc*@0-3", "*bc*@1-3", "*c*@2-3", "*ab*@3-5", "*b*@4-5"]);
  });
});

describe("pictographs", () => {
  it("matches pictograph patterns without boundaries", () => {
    expect(found(["🔞"], "hot🔞content")).toEqual(["🔞@3-5"]);
    expect(found(["👇🔗"], "link👇 🔗here")).toEqual(["👇🔗@4-9"]);
  });

  it("keeps the boundary on a word end next to a pictograph end", () => {
    expect(found(["🔞 leak"], "🔞leak")).toEqual(["🔞 leak@0-6"]);
    expect(found(["🔞 leak"], "🔞leaky")).toEqual([]);
    expect(found(["🔞 leak"], "x🔞leak")).toEqual(["🔞 leak@1-7"]);
  });

  it("never skips a pictograph as a separator", () => {
    expect(found(["leak video"], "leak 🔞 video")).toEqual([]);
  });
});

describe("Devanagari", () => {
  it("matches a word with vowel signs and respects boundaries on marks", () => {
    expect(found(["लीक"], "लीक वीडियो")).toEqual(["लीक@0-3"]);
    expect(found(["लीक वीडियो"], "नया लीक-वीडियो")).toEqual(["लीक वीडियो@4-14"]);
    // A trailing vowel sign or a letter continues the word.
    expect(found(["लीक"], "लीका")).toEqual([]);
    expect(found(["लीक"], "लीकर")).toEqual([]);
    expect(found(["लीक"], "ब्लीक")).toEqual([]);
  });
});

describe("edge cases", () => {
  it("returns nothing for empty text or no patterns", () => {
    expect(found(["leak"], "")).toEqual([]);
    expect(found([], "leak")).toEqual([]);
    expect(compileMatcher([]).size).toBe(0);
  });

  it("reports every payload of a duplicated pattern, in input order", () => {
    const matcher = compileMatcher([
      { pattern: "leak", payload: "a" },
      { pattern: "leak", payload: "b" },
      { pattern: "l.e.a.k", payload: "c" },
    ]);
    expect(matcher.size).toBe(3);
    expect(show(matcher.match("leak"))).toEqual(["a@0-4", "b@0-4", "c@0-4"]);
  });

  it("keeps boundaries per pattern when patterns share their letters", () => {
    expect(found(["leak", "leak*"], "leaked leak")).toEqual(["leak*@0-4", "leak@7-11", "leak*@7-11"]);
  });

  it("can be called again and gives the same answer", () => {
    const matcher = compileMatcher([{ pattern: "leak", payload: 1 }]);
    expect(matcher.match("a leak")).toEqual([{ payload: 1, start: 2, end: 6 }]);
    expect(matcher.match("x leak y")).toEqual([{ payload: 1, start: 2, end: 6 }]);
  });

  it.each(["", "   ", "*", "**", "* - *", "..."])("rejects %j, which has nothing left to match", (pattern) => {
    expect(() => compileMatcher([{ pattern, payload: 0 }])).toThrow(/no letters, digits or pictographs/);
  });

  it("rejects a * inside a pattern", () => {
    expect(() => compileMatcher([{ pattern: "f*ck", payload: 0 }])).toThrow(/only at the start or the end/);
  });
});

describe("scale", () => {
  it("finds each of 5,000 terms where it was planted", () => {
    const terms = generateTerms(5000, 42, true);
    const entries: PatternEntry<number>[] = terms.map((pattern, payload) => ({ pattern, payload }));
    const matcher = compileMatcher(entries);
    expect(matcher.size).toBe(5000);
    const bare = terms.map((t) => t.replaceAll("*", ""));
    const starts: number[] = [];
    let text = "";
    for (const term of bare) {
      starts.push(text.length);
      text += `${term} | `;
    }
    const matches = matcher.match(text);
    const key = (payload: number, start: number) => `${payload}@${start}-${start + (bare[payload] ?? "").length}`;
    const got = new Set(matches.map((m) => key(m.payload, m.start)));
    const missing = bare.map((_, i) => key(i, starts[i] ?? 0)).filter((k) => !got.has(k));
    expect(missing).toEqual([]);
  });
});

describe("word breaks inside a match", () => {
  it("does not join two ordinary words into a term that has no break", () => {
    expect(found(["porno"], "pasa el link por no ver nada")).toEqual([]);
    expect(found(["nudes"], "nu des")).toEqual([]);
  });

  it("lets a phrase match with or without its breaks", () => {
    expect(found(["full video"], "the full video")).toEqual(["full video@4-14"]);
    expect(found(["full video"], "#fullvideo")).toEqual(["full video@1-10"]);
    expect(found(["full video"], "full-video")).toEqual(["full video@0-10"]);
  });

  it("still skips punctuation inside a word anywhere", () => {
    expect(found(["onlyfans"], "only_fans and o.n.l.y.f.a.n.s")).toEqual(["onlyfans@0-9", "onlyfans@14-29"]);
  });

  it("joins a hashtag someone split with a space", () => {
    expect(found(["onlyfans leak"], "#on lyfans leak")).toEqual(["onlyfans leak@1-15"]);
    expect(found(["onlyfans"], "on lyfans")).toEqual([]);
  });

  it("joins letters spaced apart one by one, in any script", () => {
    expect(found(["लीक"], "ली क वाला वीडियो")).toEqual(["लीक@0-4"]);
    expect(found(["leak"], "le ak")).toEqual([]);
    expect(found(["*str"], "xpost /r/news")).toEqual([]);
  });
});

describe("elisions", () => {
  it("reads a word after an elided letter as part of it", () => {
    expect(found(["ai"], "j'ai rien compris")).toEqual([]);
    expect(found(["ai"], "j’ai rien compris")).toEqual([]);
    expect(found(["ia"], "l'ia")).toEqual([]);
    expect(found(["l'ia"], "avec l'ia")).toEqual(["l'ia@5-9"]);
  });

  it("keeps the boundary after a quote that follows no letter", () => {
    expect(found(["ai"], "'ai' art")).toEqual(["ai@1-3"]);
  });
});
