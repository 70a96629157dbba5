// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { defineAdapter, type AdapterMethods } from "../../../src/sites/common/define-adapter.ts";

const broken = (): never => {
  throw new TypeError("markup changed");
};
const throwing: AdapterMethods = {
  handles: broken,
  findPosts: broken,
  read: broken,
  shareTargetOf: broken,
  overlayHost: broken,
  theme: broken,
  searchQuery: broken,
  searchResults: broken,
  trendingEntries: broken,
  looksLikeFeed: broken,
};

describe("defineAdapter", () => {
  it("answers every method that throws with its documented fallback", () => {
    const adapter = defineAdapter("reddit", throwing);
    const post = document.createElement("div");
    expect(adapter.site).toBe("reddit");
    expect(adapter.handles(new URL("https://www.reddit.com/"))).toBe(false);
    expect(adapter.findPosts(document)).toEqual([]);
    expect(adapter.read(post)).toBeNull();
    expect(adapter.shareTargetOf(new Event("click"))).toBeNull();
    expect(adapter.overlayHost(post)).toBe(post);
    expect(adapter.theme(document)).toBe("light");
    expect(adapter.searchQuery(new URL("https://www.reddit.com/search/?q=a"))).toBeNull();
    expect(adapter.searchResults(document)).toBeNull();
    expect(adapter.trendingEntries(document)).toEqual([]);
    expect(adapter.looksLikeFeed(document)).toBe(false);
  });

  it("passes arguments and answers through when nothing throws", () => {
    const post = document.createElement("article");
    const host = document.createElement("div");
    const adapter = defineAdapter("x", {
      handles: (url) => url.hostname === "x.com",
      findPosts: (root) => [...root.querySelectorAll("article")],
      read: (el) => ({ id: `x:${el.id}`, site: "x", kind: "post", author: null, community: null, permalink: null, hasMedia: false, text: "t", hashtags: [], links: [], name: null }),
      shareTargetOf: (event) => ({ post, action: "repost", control: event.target as HTMLElement }),
      overlayHost: () => host,
      theme: () => "dark",
      searchQuery: (url) => url.searchParams.get("q"),
      searchResults: (doc) => doc.body,
      trendingEntries: (root) => [...root.querySelectorAll("article")].map((entry) => ({ entry, text: "t" })),
      looksLikeFeed: () => true,
    });
    document.body.replaceChildren(post);
    post.id = "7";
    const event = new Event("click");
    post.dispatchEvent(event);
    expect(adapter.handles(new URL("https://x.com/home"))).toBe(true);
    expect(adapter.findPosts(document)).toEqual([post]);
    expect(adapter.read(post)?.id).toBe("x:7");
    expect(adapter.shareTargetOf(event)).toEqual({ post, action: "repost", control: post });
    expect(adapter.overlayHost(post)).toBe(host);
    expect(adapter.theme(document)).toBe("dark");
    expect(adapter.searchQuery(new URL("https://x.com/search?q=a"))).toBe("a");
    expect(adapter.searchResults(document)).toBe(document.body);
    expect(adapter.trendingEntries(document)).toEqual([{ entry: post, text: "t" }]);
    expect(adapter.looksLikeFeed(document)).toBe(true);
  });
});
