import { describe, expect, it } from "vitest";
import { generatePosts, X_LIMIT } from "../../../bench/generate/posts.ts";
import { BenchPostSchema, LANGUAGES, type Language } from "../../../bench/generate/schema.ts";

const baitTerms = Object.fromEntries(LANGUAGES.map((l) => [l, ["leaked video", "onlyfans leak*"]])) as Record<Language, string[]>;
const posts = generatePosts({ seed: 11, count: 3000, baitTerms });

describe("generatePosts", () => {
  it("is deterministic for a seed", () => {
    expect(generatePosts({ seed: 11, count: 50, baitTerms })).toEqual(posts.slice(0, 50));
    expect(generatePosts({ seed: 12, count: 50, baitTerms })).not.toEqual(posts.slice(0, 50));
  });

  it("labels every post by the schema", () => {
    for (const p of posts) BenchPostSchema.parse(p);
  });

  it("mixes languages, sites and kinds", () => {
    expect(new Set(posts.map((p) => p.lang)).size).toBe(LANGUAGES.length);
    const share = (f: (p: (typeof posts)[number]) => boolean) => posts.filter(f).length / posts.length;
    expect(share((p) => p.kind === "bait")).toBeGreaterThan(0.15);
    expect(share((p) => p.kind === "hard-negative")).toBeGreaterThan(0.1);
    expect(share((p) => p.site === "reddit")).toBeGreaterThan(0.2);
    expect(share((p) => p.trick !== null)).toBeGreaterThan(0.08);
  });

  it("keeps X posts within 280 characters and makes Reddit bodies longer", () => {
    for (const p of posts.filter((q) => q.site === "x")) expect([...p.text].length).toBeLessThanOrEqual(X_LIMIT);
    expect(Math.max(...posts.filter((p) => p.site === "reddit").map((p) => p.text.length))).toBeGreaterThan(X_LIMIT * 3);
  });

  it("writes plain bait with its term, wildcard dropped, and obfuscated bait without it as a whole word", () => {
    for (const p of posts.filter((q) => q.kind === "bait")) {
      const word = (p.baitTerm ?? "").replace(/\*/g, "");
      const found = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u").test(p.text.toLowerCase());
      expect(found, p.text).toBe(p.trick === null);
    }
  });

  it("builds no bait when there are no bait terms", () => {
    const none = Object.fromEntries(LANGUAGES.map((l) => [l, [] as string[]])) as Record<Language, string[]>;
    expect(generatePosts({ seed: 1, count: 200, baitTerms: none }).some((p) => p.kind === "bait")).toBe(false);
  });
});
