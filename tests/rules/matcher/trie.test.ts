import { describe, expect, it } from "vitest";
import { buildTrie, childOf, type Trie } from "../../../src/rules/matcher/trie.ts";

/** Walks a word down the trie edge by edge; -1 as soon as an edge is missing. */
function walk(trie: Trie, word: string): number {
  let state = 0;
  for (let i = 0; i < word.length && state !== -1; i++) state = childOf(trie, state, word.charCodeAt(i));
  return state;
}

// Wide fan-outs (26 letters, Devanagari, pictograph halves) at the root and below it, so both the linear scan
// and the binary search over a state's children are exercised, and the root's non-ASCII path too.
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const WORDS = [
  ...[...LETTERS].map((c) => `x${c}`),
  ...[...LETTERS].map((c) => `${c}y`),
  "लीक", "वीडियो", "ली", "🔞", "👇🔗", "x", "xa", "xab", "xab",
  ..."कखगघङचछजझञ".split("").map((c) => `ल${c}`),
];

describe("trie", () => {
  const trie = buildTrie(WORDS);

  it("reaches every word's end state by walking its units", () => {
    WORDS.forEach((word, k) => {
      expect(walk(trie, word)).toBe(trie.endState[k]);
      expect(trie.depth[trie.endState[k] ?? 0]).toBe(word.length);
    });
  });

  it("gives one state per distinct prefix and shares it between duplicates", () => {
    const prefixes = new Set(WORDS.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1))));
    expect(trie.size).toBe(prefixes.size + 1);
    expect(trie.endState[WORDS.indexOf("xab")]).toBe(trie.endState[WORDS.lastIndexOf("xab")]);
  });

  it("numbers states breadth-first with each state's children consecutive and sorted", () => {
    for (let s = 1; s < trie.size; s++) {
      expect(trie.depth[s]).toBeGreaterThanOrEqual(trie.depth[s - 1] ?? 0);
      const parent = trie.parent[s] ?? -1;
      expect(s).toBeGreaterThanOrEqual(trie.childStart[parent] ?? Infinity);
      expect(s).toBeLessThan(trie.childStart[parent + 1] ?? -Infinity);
    }
    for (let s = 0; s < trie.size; s++) {
      const units = Array.from(trie.unitInto.subarray(trie.childStart[s], trie.childStart[s + 1]));
      expect(units).toEqual([...units].sort((a, b) => a - b));
    }
  });

  it("has no edge for units that no word continues with", () => {
    expect(walk(trie, "q")).not.toBe(-1);
    expect(walk(trie, "qq")).toBe(-1);
    expect(walk(trie, "x!")).toBe(-1);
    expect(walk(trie, "xz")).not.toBe(-1);
    expect(walk(trie, "लञ")).not.toBe(-1);
    expect(walk(trie, "लट")).toBe(-1);
    expect(walk(trie, "ट")).toBe(-1);
  });

  it("builds an empty trie with just the root", () => {
    const empty = buildTrie([]);
    expect(empty.size).toBe(1);
    expect(childOf(empty, 0, 97)).toBe(-1);
    expect(childOf(empty, 0, 0x924)).toBe(-1);
  });
});
