// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { SiteAdapter } from "../../../src/sites/adapter.ts";
import { createRedditAdapter } from "../../../src/sites/reddit/adapter.ts";
import { click, loadFixture, recordShareTargets, siteActions } from "../fixture-page.ts";

// The 2026 surfaces, on pages that follow public captures of the live site (each page's header names its capture).
let adapter: SiteAdapter;
const post = (id: string): Element => document.getElementById(id) as Element;
const comment = (thingid: string): Element => document.querySelector(`shreddit-comment[thingid="${thingid}"]`) as Element;
const profileComment = (id: string): Element => document.querySelector(`shreddit-profile-comment[comment-id="${id}"]`) as Element;
const searchUnit = (id: string): Element => document.querySelector(`[data-testid="search-sdui-post"][data-thingid="${id}"]`) as Element;
const searchComment = (id: string): Element => document.getElementById(`search-comment-${id}-post-rtjson-content`)?.closest('[data-testid="search-sdui-comment-unit"]') as Element;
const shadow = (host: Element | null | undefined, selector: string): HTMLElement => host?.shadowRoot?.querySelector(selector) as HTMLElement;
const ids = (): Array<string | undefined> => adapter.findPosts(document).map((el) => adapter.read(el)?.id);

function load(page: string): void {
  loadFixture("reddit", page);
  adapter = createRedditAdapter();
}

describe("new Reddit feed, 2026 markup", () => {
  beforeEach(() => load("surfaces-feed.html"));

  it("finds each post once and skips the ad", () => {
    expect(ids()).toEqual(["01", "02", "03", "04"].map((n) => `reddit:t3_1wq7b${n}`));
    expect(document.querySelector("shreddit-feed > shreddit-ad-post")).not.toBeNull();
  });

  it("reads a feed text body that has no .md, only the schema.org article body", () => {
    expect(document.querySelector("#t3_1wq7b01 .md")).toBeNull();
    expect(adapter.read(post("t3_1wq7b01"))).toMatchObject({
      text: "Anyone else still up?\nGot the full leak of Elena Varga's private vids 🔞\nthe whole folder is on my telegram before it gets deleted: t.me/elenav_drop",
      links: ["t.me/elenav_drop"],
    });
  });

  it("reads the original a crosspost shows in its media slot, with no shreddit-post of its own", () => {
    expect(post("t3_1wq7b02").querySelector("shreddit-post")).toBeNull();
    expect(adapter.read(post("t3_1wq7b02"))).toMatchObject({
      text: "Saw this posted somewhere else, thoughts?\nJade Moreno nudes leaked, full mega folder inside\nMirror before it gets taken down: mega.nz/folder/Xq82Lm4t",
      links: ["mega.nz/folder/Xq82Lm4t"],
      hasMedia: false,
    });
  });

  it("covers the feed card's article wrapper", () => {
    expect(adapter.overlayHost(post("t3_1wq7b02"))).toBe(document.querySelector('article[data-post-id="t3_1wq7b02"]'));
  });
});

describe("new Reddit post page, comments inside <details>", () => {
  beforeEach(() => load("surfaces-thread.html"));

  it("finds the post and every comment once", () => {
    expect(ids()).toEqual(["reddit:t3_1wq7c10", "reddit:t1_p7c0001", "reddit:t1_p7c0002", "reddit:t1_p7c0003"]);
  });

  it("reads the full post body and each comment's own body, not its replies'", () => {
    expect(adapter.read(post("t3_1wq7c10"))?.text).toBe(
      "What's the strangest thing that happened on your night shift?\nI'll start: a man came in at 4am asking if we sold left-handed scissors.",
    );
    expect(adapter.read(comment("t1_p7c0001"))).toEqual({
      id: "reddit:t1_p7c0001",
      site: "reddit",
      kind: "comment",
      text: "who wants the leaked tape of Elena Varga? full vid in my telegram t.me/elenav_drop",
      hashtags: [],
      links: ["t.me/elenav_drop"],
      author: "drop_link_bot",
      community: "nightowlchat",
      permalink: "/r/nightowlchat/comments/1wq7c10/comment/p7c0001/",
      hasMedia: false,
      name: null,
    });
    expect(adapter.read(comment("t1_p7c0002"))?.text).toBe("Reported. Please don't share this, it's a real person.");
  });

  it("covers the comment's own body inside its <details>, leaving the reply below uncovered", () => {
    const host = adapter.overlayHost(comment("t1_p7c0001"));
    expect(host).toBe(document.getElementById("t1_p7c0001-comment-rtjson-content"));
    expect(host.contains(comment("t1_p7c0002"))).toBe(false);
    expect(host.parentElement?.localName).toBe("details");
  });

  it("reads a comment whose body was deleted as empty rather than borrowing its reply's", () => {
    document.getElementById("t1_p7c0001-comment-rtjson-content")?.remove();
    expect(adapter.read(comment("t1_p7c0001"))?.text).toBe("");
    expect(adapter.overlayHost(comment("t1_p7c0001"))).toBe(comment("t1_p7c0001"));
  });
});

describe("new Reddit profile and search pages", () => {
  it("reads profile comments: comment-id, href without ?context, the owner from the route, one of the nested .md", () => {
    history.replaceState({}, "", "/user/drop_link_bot/comments/");
    load("surfaces-profile.html");
    expect(ids()).toEqual(["reddit:t1_p8d0001", "reddit:t1_p8d0002"]);
    expect(adapter.read(profileComment("t1_p8d0001"))).toEqual({
      id: "reddit:t1_p8d0001",
      site: "reddit",
      kind: "comment",
      text: "selling the leaked nudes of Elena Varga, dm me, whole folder on t.me/elenav_drop",
      hashtags: [],
      links: ["t.me/elenav_drop"],
      author: "drop_link_bot",
      community: "nightowlchat",
      permalink: "/r/nightowlchat/comments/1wq7c10/comment/p8d0001/",
      hasMedia: false,
      name: null,
    });
    // A comment on a profile post: its href names no community.
    expect(adapter.read(profileComment("t1_p8d0002"))).toMatchObject({ community: null, text: "Thanks, unplugging it for thirty seconds fixed my router." });
    // Covered on its body, the outer of the two nested .md, as a thread's comments are.
    expect(adapter.overlayHost(profileComment("t1_p8d0001"))).toBe(profileComment("t1_p8d0001").querySelector(":scope > .md"));
  });

  it("reads search results: their own units, title, ids from the tracking context", () => {
    load("surfaces-search.html");
    expect(document.querySelector("shreddit-post")).toBeNull();
    expect(ids()).toEqual(["reddit:t3_1wq9s01", "reddit:t3_1wq9s02", "reddit:t3_1wq9s03", "reddit:t1_p9c0001", "reddit:t1_p9c0002"]);
    expect(adapter.read(searchUnit("t3_1wq9s01"))).toEqual({
      id: "reddit:t3_1wq9s01",
      site: "reddit",
      kind: "post",
      text: "Elena Varga leaked full video, link in comments 🔞",
      hashtags: [],
      links: [],
      author: "spicy_drop_bot",
      community: "tapevault",
      permalink: "/r/tapevault/comments/1wq9s01/elena_varga_leaked_full_video_link_in_comments/",
      hasMedia: true,
      name: null,
    });
    expect(adapter.read(searchUnit("t3_1wq9s02"))).toMatchObject({ author: "vinyl_owl", hasMedia: false });
    expect(adapter.overlayHost(searchUnit("t3_1wq9s03"))).toBe(searchUnit("t3_1wq9s03").querySelector(":scope > div.flex"));
  });

  it("reads comment search results: the comment's own body, author and permalink, not the thread's title", () => {
    load("surfaces-search.html");
    expect(adapter.read(searchComment("t1_p9c0001"))).toEqual({
      id: "reddit:t1_p9c0001",
      site: "reddit",
      kind: "comment",
      text: "the full Elena Varga leak is here, uncut, before it gets deleted: t.me/elenav_drop 🔞",
      hashtags: [],
      links: ["t.me/elenav_drop"],
      author: "spicy_drop_bot",
      community: "tapevault",
      permalink: "/r/tapevault/comments/1wq9s04/anyone_know_where_the_elena_varga_clip_came_from/p9c0001/",
      hasMedia: false,
      name: null,
    });
    expect(adapter.read(searchComment("t1_p9c0002"))).toMatchObject({
      text: "Track four is the best thing Elena Varga has written, the strings at the end get me every time.",
      author: "vinyl_owl",
      community: "indieheads",
    });
    // Covered on its content box: the thread's title above it stays readable.
    const unit = searchComment("t1_p9c0001");
    expect(adapter.overlayHost(unit)).toBe(unit.querySelector('[data-testid="search-comment-content"]'));
    // Without a comment id in its tracking context, the card is not read.
    for (const tracker of unit.querySelectorAll("search-telemetry-tracker")) tracker.setAttribute("data-faceplate-tracking-context", "{not json");
    expect(adapter.read(unit)).toBeNull();
  });

  it("reads a search unit whose tracking context is not what it expects by its test ids alone", () => {
    load("surfaces-search.html");
    const unit = searchUnit("t3_1wq9s02");
    unit.setAttribute("data-faceplate-tracking-context", "{not json");
    expect(adapter.read(unit)).toMatchObject({ id: "reddit:t3_1wq9s02", author: null, community: "indieheads" });
    unit.removeAttribute("data-thingid");
    expect(adapter.read(unit)).toBeNull();
  });

  it("scans a search unit that renders a shreddit-post through that post only", () => {
    load("surfaces-search.html");
    const unit = searchUnit("t3_1wq9s03");
    const inner = document.createElement("shreddit-post");
    inner.id = "t3_1wq9s03";
    inner.setAttribute("post-title", "How do I report leaked private photos of someone?");
    unit.append(inner);
    expect(adapter.findPosts(unit)).toEqual([inner]);
    expect(adapter.read(unit)).toBeNull();
  });
});

describe("new Reddit share-like controls on the 2026 surfaces", () => {
  const targets = recordShareTargets(() => adapter);

  it("resolves the feed card's Repost and Share, each to its post", () => {
    load("surfaces-feed.html");
    const repost = post("t3_1wq7b02").querySelector('[slot="repost-button"] button') as HTMLElement;
    const share = shadow(shadow(post("t3_1wq7b02"), "shreddit-post-share-button"), "button");
    click(repost);
    click(share);
    expect(targets).toEqual([
      { post: post("t3_1wq7b02"), action: "repost", control: repost },
      { post: post("t3_1wq7b02"), action: "share", control: share },
    ]);
    expect(siteActions()).toEqual(["repost:t3_1wq7b02", "share-menu:t3_1wq7b02"]);
  });

  it("resolves the post page's Repost, share dropdown and its crosspost link; Copy link follows the share", () => {
    load("surfaces-thread.html");
    const dropdown = post("t3_1wq7c10").querySelector('[slot="ssr-share-button"]') as Element;
    const repost = post("t3_1wq7c10").querySelector('[slot="repost-button"] button') as HTMLElement;
    const share = dropdown.querySelector(":scope > button") as HTMLElement;
    const crosspost = dropdown.querySelector('a[role="menuitem"]') as HTMLElement;
    for (const control of [repost, share, dropdown.querySelector('button[role="menuitem"]') as HTMLElement, crosspost]) click(control);
    expect(targets).toEqual([
      { post: post("t3_1wq7c10"), action: "repost", control: repost },
      { post: post("t3_1wq7c10"), action: "share", control: share },
      null,
      { post: post("t3_1wq7c10"), action: "crosspost", control: crosspost },
    ]);
    expect(siteActions()).toEqual(["repost:t3_1wq7c10", "share-menu:t3_1wq7c10", "copy-link:t3_1wq7c10", "crosspost:t3_1wq7c10"]);
  });

  it("resolves a comment's share button inside <details> to that comment, a reply's to the reply", () => {
    load("surfaces-thread.html");
    const shareOf = (el: Element): HTMLElement => shadow(shadow(el.querySelector("shreddit-comment-action-row"), "shreddit-comment-share-button"), "button");
    click(shareOf(comment("t1_p7c0001")));
    click(shareOf(comment("t1_p7c0002")));
    expect(targets.map((target) => [target?.post, target?.action])).toEqual([
      [comment("t1_p7c0001"), "share"],
      [comment("t1_p7c0002"), "share"],
    ]);
    expect(siteActions()).toEqual(["comment-share-menu:t1_p7c0001", "comment-share-menu:t1_p7c0002"]);
  });

  it("resolves a profile comment's share button to that comment and ignores its reply button", () => {
    load("surfaces-profile.html");
    const row = profileComment("t1_p8d0001").querySelector("shreddit-comment-action-row");
    const share = shadow(shadow(row, "shreddit-comment-share-button"), "button");
    click(share);
    click(shadow(row, "button"));
    expect(targets).toEqual([{ post: profileComment("t1_p8d0001"), action: "share", control: share }, null]);
    expect(siteActions()).toEqual(["comment-share-menu:t1_p8d0001", "reply:t1_p8d0001"]);
  });
});
