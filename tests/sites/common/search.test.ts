// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createOldRedditAdapter } from "../../../src/sites/old-reddit/adapter.ts";
import { createRedditAdapter } from "../../../src/sites/reddit/adapter.ts";
import { createXAdapter } from "../../../src/sites/x/adapter.ts";
import { h } from "../../../src/ui/kit/h.ts";
import { loadFixture } from "../fixture-page.ts";

const x = createXAdapter();
const reddit = createRedditAdapter();
const old = createOldRedditAdapter();

describe("search pages", () => {
  it("reads the searched words where each site puts them, and nothing elsewhere", () => {
    const cases: [typeof x, string, string | null][] = [
      [x, "https://x.com/search?q=emma%20leak&src=typed_query", "emma leak"],
      [x, "https://x.com/search?q=%20%20&src=typed_query", null],
      [x, "https://x.com/home?q=emma%20leak", null],
      [x, "https://x.com/searchlight?q=emma", null],
      [reddit, "https://www.reddit.com/search/?q=emma+leak&type=posts", "emma leak"],
      [reddit, "https://www.reddit.com/r/tapevault/search/?q=emma%20nudes&restrict_sr=1", "emma nudes"],
      [reddit, "https://www.reddit.com/r/search/?q=emma", null],
      [old, "https://old.reddit.com/search?q=emma+leak", "emma leak"],
      [old, "https://old.reddit.com/r/tapevault/search?q=emma+leak&restrict_sr=on", "emma leak"],
      [old, "https://old.reddit.com/r/tapevault/?q=emma", null],
    ];
    for (const [adapter, url, words] of cases) expect([url, adapter.searchQuery(new URL(url))]).toEqual([url, words]);
  });

  it("finds the results the note goes above on the capture-following search pages", () => {
    loadFixture("x", "surfaces-search.html");
    expect(x.searchResults(document)?.matches('[data-testid="primaryColumn"] section[role="region"]')).toBe(true);
    loadFixture("reddit", "surfaces-search.html");
    expect(reddit.searchResults(document)?.getAttribute("data-testid")).toBe("search-results");
    loadFixture("old-reddit", "surfaces-search.html");
    expect(old.searchResults(document)?.classList.contains("search-result-listing")).toBe(true);
  });
});

describe("X trends", () => {
  it("reads each trend's lines (topic, name, count) apart, so their words do not run together", () => {
    const line = (...parts: (string | Node)[]) => h("div", { dir: "ltr" }, [h("span", {}, parts)]);
    document.body.replaceChildren(
      h("div", { "data-testid": "trend", role: "link" }, [h("div", {}, [line("Trending in Music"), line("Emma leak"), line(h("span", {}, ["12.3K"]), " posts")])]),
    );
    const [trend] = x.trendingEntries(document);
    expect(trend?.entry).toBe(document.querySelector('[data-testid="trend"]'));
    expect(trend?.text).toBe("Trending in Music\nEmma leak\n12.3K posts");
    expect(reddit.trendingEntries(document)).toEqual([]);
    expect(old.trendingEntries(document)).toEqual([]);
  });

  it("reads the trend cells of the capture-following Explore page, rank and topic included", () => {
    loadFixture("x", "surfaces-trending.html");
    const trends = x.trendingEntries(document);
    expect(trends.map(({ text }) => text)).toEqual([
      "1\n·\nMusic · Trending\nCampus Radio live\n8,114 posts",
      "2\n·\nTrending in United States\nMaya Torres leaked video\n5,210 posts",
      "3\n·\nEntertainment · Trending\nMaya Torres new album\n12.3K posts",
    ]);
    expect(trends.every(({ entry }) => entry.getAttribute("role") === "link")).toBe(true);
  });
});

describe("feeds", () => {
  it("knows a feed, a thread's listing and search results as pages that show posts", () => {
    loadFixture("x", "timeline.html");
    expect(x.looksLikeFeed(document)).toBe(true);
    loadFixture("x", "surfaces-search.html");
    expect(x.looksLikeFeed(document)).toBe(true);
    loadFixture("reddit", "feed.html");
    expect(reddit.looksLikeFeed(document)).toBe(true);
    loadFixture("old-reddit", "listing.html");
    expect(old.looksLikeFeed(document)).toBe(true);
  });

  it("does not take Explore's tab of trends for a feed whose posts it cannot read", () => {
    loadFixture("x", "surfaces-trending.html");
    expect(x.looksLikeFeed(document)).toBe(false);
  });

  it("does not take an empty listing or an empty timeline for a feed", () => {
    loadFixture("old-reddit", "listing.html");
    document.querySelector("#siteTable")?.replaceChildren();
    expect(old.looksLikeFeed(document)).toBe(false);
    loadFixture("x", "timeline.html");
    for (const cell of document.querySelectorAll('[data-testid="cellInnerDiv"]')) cell.remove();
    expect(x.looksLikeFeed(document)).toBe(false);
    loadFixture("reddit", "feed.html");
    document.querySelector("shreddit-feed")?.replaceChildren();
    expect(reddit.looksLikeFeed(document)).toBe(false);
  });
});
