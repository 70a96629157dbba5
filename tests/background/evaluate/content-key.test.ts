import { describe, expect, it } from "vitest";
import { contentKey } from "../../../src/background/evaluate/content-key.ts";

const post = (text: string, hashtags: string[] = [], links: string[] = []) => ({ text, hashtags, links });

describe("contentKey", () => {
  it("is the same for the same content whatever else differs", () => {
    const first = { ...post("same words"), id: "1", author: "a" };
    const second = { ...post("same words"), id: "2", author: "b" };
    expect(contentKey(first)).toBe(contentKey(second));
  });

  it("tells apart text, hashtags and links, and how they are split", () => {
    const keys = [
      post("a b"),
      post("a b", ["x"]),
      post("a b", [], ["x"]),
      post("a b", ["x y"]),
      post("a b", ["x", "y"]),
      post("a", ["b"]),
      post("a b", [], ["t.me/a", "t.me/b"]),
      post("a b", [], ["t.me/a"]),
    ].map(contentKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("tells apart posts whose only difference is the display name the engine reads", () => {
    const plain = post("hi");
    expect(contentKey({ ...plain, name: "Link in bio 🔞" })).not.toBe(contentKey(plain));
    expect(contentKey({ ...plain, name: "Link in bio 🔞" })).not.toBe(contentKey({ ...plain, name: "Ana" }));
    expect(contentKey({ ...plain, name: null })).toBe(contentKey(plain));
  });

  it("has no collisions across many near-identical posts", () => {
    const keys = new Set(Array.from({ length: 20_000 }, (_, i) => contentKey(post(`post number ${i}`))));
    expect(keys.size).toBe(20_000);
  });
});
