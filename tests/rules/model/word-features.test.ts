import { describe, expect, it } from "vitest";
import { featuresOf, wordContributions, wordsOf } from "../../../src/rules/model/features.ts";

const SPEC = { bits: 16 };
const bag = (text: string) => [...featuresOf(text, [], [], SPEC).buckets].sort((a, b) => a - b);

describe("the words the model reads", () => {
  it("are runs of word characters, and each pictograph alone", () => {
    const text = "hi, 𝐚𝐛 x🔞🔞 - ok";
    expect(wordsOf(text).map(({ start, end }) => text.slice(start, end))).toEqual(["hi", "𝐚𝐛", "x", "🔞", "🔞", "ok"]);
    expect(wordsOf("")).toEqual([]);
    expect(wordsOf(" - ")).toEqual([]);
  });
});

describe("model features of a post", () => {
  it("are a word, its edge-marked 3- to 5-letter pieces, and each pair of neighbouring words", () => {
    // "hi": the word and three pieces (^hi, hi$, ^hi$); "cat": the word and six; the pair "hi cat".
    expect(featuresOf("hi", [], [], SPEC).length).toBe(4);
    expect(featuresOf("cat", [], [], SPEC).length).toBe(7);
    expect(featuresOf("hi cat", [], [], SPEC).length).toBe(12);
  });

  it("weigh each text feature by one over the square root of their number", () => {
    expect([...featuresOf("hi", [], [], SPEC).values]).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(featuresOf("", [], [], SPEC).length).toBe(0);
    expect([...featuresOf("", ["s"], ["t.me"], SPEC).values]).toEqual([1, 1]);
  });

  it("tell word order apart through the pairs", () => {
    expect(bag("leak video")).not.toEqual(bag("video leak"));
    expect(bag("leak, video")).toEqual(bag("leak video"));
  });

  it("read only the first 24 letters of a long word", () => {
    const long = "abcdefghijklmnopqrstuvwxyz0123";
    expect(bag(long)).toEqual(bag(long.slice(0, 24)));
    expect(bag(long)).not.toEqual(bag(long.slice(0, 23)));
    expect(bag(`go ${long}`)).toEqual(bag(`go ${long.slice(0, 24)}`));
    expect(bag(`${long} go`)).toEqual(bag(`${long.slice(0, 24)} go`));
  });

  it("keep every feature of a long post, its signals and hosts last", () => {
    const short = featuresOf("hi", ["leak-word"], ["t.me"], SPEC);
    const long = featuresOf("hi ".repeat(400), ["leak-word"], ["t.me"], SPEC);
    expect(long.length).toBe(400 * 4 + 399 + 2);
    expect(long.buckets.length).toBe(long.length);
    expect([...long.buckets.slice(-2)]).toEqual([...short.buckets.slice(-2)]);
    expect(new Set(long.buckets.slice(0, -2))).toEqual(new Set(featuresOf("hi hi", [], [], SPEC).buckets));
    expect([...long.values.slice(-3)]).toEqual([1 / Math.sqrt(400 * 4 + 399), 1, 1].map(Math.fround));
  });

  it("share a pair's weight between its two words, and give signals and hosts to none", () => {
    const { words, contributions } = wordContributions("hi cat", ["s"], ["t.me"], SPEC, () => 1);
    expect(words).toEqual([{ start: 0, end: 2 }, { start: 3, end: 6 }]);
    const value = 1 / Math.sqrt(12);
    expect(contributions[0]).toBeCloseTo((4 + 0.5) * value, 12);
    expect(contributions[1]).toBeCloseTo((7 + 0.5) * value, 12);
    expect(wordContributions("", ["s"], [], SPEC, () => 1).contributions).toHaveLength(0);
  });
});
