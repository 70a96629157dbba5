// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { HEALTH_MESSAGE } from "../../../src/content/health/message.ts";
import { createHealthHandler, GRACE_MS, healthOf } from "../../../src/content/health/report.ts";
import { STATE_ATTR } from "../../../src/content/scan/marks.ts";
import { createOldRedditAdapter } from "../../../src/sites/old-reddit/adapter.ts";
import { createRedditAdapter } from "../../../src/sites/reddit/adapter.ts";
import { createXAdapter } from "../../../src/sites/x/adapter.ts";
import { loadFixture } from "../../sites/fixture-page.ts";

/** Renames the site's post elements as a redesign would: the page still looks like a feed, its posts are unknown. */
function drift(selector: string, rename: (el: Element) => void) {
  for (const el of document.querySelectorAll(selector)) rename(el);
}

const CASES = [
  {
    name: "X timeline",
    adapter: createXAdapter(),
    load: () => loadFixture("x", "timeline.html"),
    drift: () => drift('article[data-testid="tweet"]', (el) => el.setAttribute("data-testid", "post")),
  },
  {
    name: "new Reddit feed",
    adapter: createRedditAdapter(),
    load: () => loadFixture("reddit", "surfaces-feed.html"),
    drift: () =>
      drift("shreddit-post", (el) => {
        const renamed = document.createElement("shreddit-card");
        renamed.append(...el.childNodes);
        el.replaceWith(renamed);
      }),
  },
  {
    name: "old Reddit listing",
    adapter: createOldRedditAdapter(),
    load: () => loadFixture("old-reddit", "listing.html"),
    drift: () => drift("#siteTable .thing", (el) => el.classList.replace("thing", "entry-card")),
  },
];

describe("site health", () => {
  for (const { name, adapter, load, drift: change } of CASES) {
    it(`${name}: counts recognised and judged posts, and calls a feed without readable posts unreadable after a while`, () => {
      load();
      const posts = adapter.findPosts(document);
      expect(posts.length).toBeGreaterThan(0);
      expect(adapter.looksLikeFeed(document)).toBe(true);
      expect(healthOf(adapter, document, GRACE_MS, true)).toEqual({ seen: posts.length, judged: 0, unreadable: true });
      for (const post of posts) post.setAttribute(STATE_ATTR, "ok");
      posts[0]?.setAttribute(STATE_ATTR, "pending");
      expect(healthOf(adapter, document, GRACE_MS, true)).toEqual({ seen: posts.length, judged: posts.length - 1, unreadable: false });

      change();
      expect(adapter.findPosts(document)).toEqual([]);
      expect(adapter.looksLikeFeed(document)).toBe(true);
      expect(healthOf(adapter, document, GRACE_MS, true)).toEqual({ seen: 0, judged: 0, unreadable: true });
      // Still loading, or not scanning at all (switched off, paused): nothing to report.
      expect(healthOf(adapter, document, GRACE_MS - 1, true).unreadable).toBe(false);
      expect(healthOf(adapter, document, GRACE_MS, false).unreadable).toBe(false);
    });
  }

  it("does not call a page that shows no feed unreadable", () => {
    document.body.replaceChildren(Object.assign(document.createElement("main"), { textContent: "Settings" }));
    for (const adapter of [createXAdapter(), createRedditAdapter(), createOldRedditAdapter()]) {
      expect(adapter.looksLikeFeed(document)).toBe(false);
      expect(healthOf(adapter, document, GRACE_MS * 10, true).unreadable).toBe(false);
    }
  });

  it("answers the popup's question, and only that", async () => {
    const handle = createHealthHandler(() => ({ seen: 2, judged: 1, unreadable: false }));
    await expect(handle({ type: HEALTH_MESSAGE })).resolves.toEqual({ seen: 2, judged: 1, unreadable: false });
    expect(handle({ type: "second-look/evaluate" })).toBeUndefined();
    await expect(handle({ type: HEALTH_MESSAGE, extra: 1 })).rejects.toThrow(/malformed/);
  });
});
