// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { SiteAdapter } from "../../../src/sites/adapter.ts";
import { createRedditAdapter } from "../../../src/sites/reddit/adapter.ts";
import { click, loadFixture, recordShareTargets, siteActions } from "../fixture-page.ts";

interface RedditFixture {
  appendPosts(n: number): string[];
  navigate(path: string): void;
  setTheme(name: "light" | "dark"): void;
}
const fixture = (): RedditFixture => (window as unknown as { __fixture: RedditFixture }).__fixture;

let adapter: SiteAdapter;
const post = (id: string): Element => document.getElementById(id) as Element;
const comment = (thingid: string): Element => document.querySelector(`shreddit-comment[thingid="${thingid}"]`) as Element;
const shadow = (host: Element | null | undefined, selector: string): HTMLElement => host?.shadowRoot?.querySelector(selector) as HTMLElement;
const feedShareButton = (id: string): HTMLElement => shadow(shadow(post(id), "shreddit-post-share-button"), "button");
const ids = (): Array<string | undefined> => adapter.findPosts(document).map((el) => adapter.read(el)?.id);

describe("new Reddit feed", () => {
  beforeEach(() => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
  });

  it("finds the posts, not the ad or the original nested in a crosspost card", () => {
    expect(ids()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((n) => `reddit:t3_1qx0a${n}`));
    expect(document.querySelector("shreddit-feed > shreddit-ad-post")).not.toBeNull();
    expect(document.querySelectorAll("shreddit-post")).toHaveLength(10);
  });

  it("reads title, feed body preview and the body's outbound links", () => {
    expect(adapter.read(post("t3_1qx0a01"))).toEqual({
      id: "reddit:t3_1qx0a01",
      site: "reddit",
      kind: "post",
      text: "Mia Castell leak folder is up, grab it before it gets deleted 🔞\nFull set plus the video. Mirror on telegram: t.me/miacastell_vault",
      hashtags: [],
      links: ["t.me/miacastell_vault"],
      author: "vault_runner_88",
      community: "gossipcorner",
      permalink: "/r/gossipcorner/comments/1qx0a01/mia_castell_leak_folder_is_up_grab_it_be/",
      hasMedia: false,
      name: null,
    });
    expect(adapter.read(post("t3_1qx0a06"))?.links).toEqual(["stopncii.org"]);
  });

  it("keeps content-href only when it leaves Reddit", () => {
    expect(adapter.read(post("t3_1qx0a02"))?.links).toEqual(["techrumors.example/2026/11/iphone-17-pro-prototype-leak"]);
    // text post (its own URL), image (i.redd.it), video (v.redd.it), gallery (reddit.com/gallery)
    for (const id of ["t3_1qx0a04", "t3_1qx0a03", "t3_1qx0a07", "t3_1qx0a09"]) expect(adapter.read(post(id))?.links).toEqual([]);
  });

  it("reads paragraphs as lines and media post types as media", () => {
    expect(adapter.read(post("t3_1qx0a04"))?.text.split("\n")).toHaveLength(3);
    const media = ["01", "02", "03", "07", "09"].map((n) => adapter.read(post(`t3_1qx0a${n}`))?.hasMedia);
    expect(media).toEqual([false, false, true, true, true]);
  });

  it("reads the crossposted original as part of the crosspost", () => {
    expect(adapter.read(post("t3_1qx0a05"))).toMatchObject({
      text: "Saw this on another sub, is it real?\nDana Reyes tape leaked, mega link inside\nBefore it gets taken down: mega.nz/folder/Rk8pL2qa",
      links: ["mega.nz/folder/Rk8pL2qa"],
    });
    expect(adapter.read(post("t3_1qw9z77"))).toBeNull();
  });

  it("includes the root when it is a post, and finds new and navigated posts", () => {
    expect(adapter.findPosts(post("t3_1qx0a03"))).toEqual([post("t3_1qx0a03")]);
    const added = fixture().appendPosts(3);
    expect(ids().slice(-3)).toEqual(added.map((id) => `reddit:${id}`));
    fixture().navigate("/r/Plumbing/");
    expect(location.pathname).toBe("/r/Plumbing/");
    expect(ids()).toEqual(["reddit:t3_1qz0b01", "reddit:t3_1qz0b02"]);
  });

  it("overlays the feed's article wrapper, which renders light-DOM children", () => {
    expect(adapter.overlayHost(post("t3_1qx0a01"))).toBe(post("t3_1qx0a01").closest("article[data-post-id]"));
  });

  it("reads theme-dark / theme-light on <html>", () => {
    expect(adapter.theme(document)).toBe("light");
    fixture().setTheme("dark");
    expect(adapter.theme(document)).toBe("dark");
    document.documentElement.classList.remove("theme-dark");
    expect(adapter.theme(document)).toBe("light");
  });
});

describe("new Reddit post page", () => {
  beforeEach(() => {
    loadFixture("reddit", "post.html");
    adapter = createRedditAdapter();
  });

  it("finds the post and every comment, not the post inside the comment-tree ad", () => {
    expect(ids()).toEqual(["reddit:t3_1qy5c10", "reddit:t1_n0c0001", "reddit:t1_n0c0002", "reddit:t1_n0c0003", "reddit:t1_n0c0004"]);
    expect(document.querySelector("shreddit-comment-tree-ad shreddit-post")).not.toBeNull();
  });

  it("reads the full body on the CommentsPage", () => {
    expect(adapter.read(post("t3_1qy5c10"))).toMatchObject({
      text: "Full video of Sarah Quinn leaked, link below\nEveryone is looking for this one. Here: bit.ly/sq-fullvid\nDownload before it is gone.",
      links: ["bit.ly/sq-fullvid"],
    });
  });

  it("reads a comment's own body, not its replies", () => {
    expect(adapter.read(comment("t1_n0c0001"))).toEqual({
      id: "reddit:t1_n0c0001",
      site: "reddit",
      kind: "comment",
      text: "This is a scam, the link is malware. Reported.",
      hashtags: [],
      links: [],
      author: "mod_helper",
      community: "viralclips",
      permalink: "/r/viralclips/comments/1qy5c10/full_video_of_sarah_quinn_leaked_link_be/comment/n0c0001/",
      hasMedia: false,
      name: null,
    });
    expect(adapter.read(comment("t1_n0c0002"))?.text).toBe("who has the mega for this? dm me");
    expect(adapter.read(comment("t1_n0c0004"))?.links).toEqual(["t.me/sq_fullvid_drop"]);
  });

  it("reads a deleted comment as empty rather than borrowing a reply's body", () => {
    comment("t1_n0c0001").querySelector(':scope > [slot="comment"]')?.remove();
    expect(adapter.read(comment("t1_n0c0001"))?.text).toBe("");
  });

  it("overlays inside the post's shadow root, and a comment's own body", () => {
    const host = adapter.overlayHost(post("t3_1qy5c10"));
    expect(host.getRootNode()).toBe(post("t3_1qy5c10").shadowRoot);
    expect(host.querySelector('slot[name="title"]')).not.toBeNull();
    expect(adapter.overlayHost(comment("t1_n0c0001"))).toBe(comment("t1_n0c0001").querySelector(':scope > [slot="comment"]'));
  });
});

describe("new Reddit share controls", () => {
  const targets = recordShareTargets(() => adapter);

  it("sees the feed share button through two shadow roots and returns its real button", () => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
    const button = feedShareButton("t3_1qx0a01");
    click(button);
    expect(targets).toEqual([{ post: post("t3_1qx0a01"), action: "share", control: button }]);
    expect(siteActions()).toEqual(["share-menu:t3_1qx0a01"]);
  });

  it("resolves Crosspost in the share menu; Copy link and Embed are not new shares", () => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
    click(feedShareButton("t3_1qx0a08"));
    const items = shadow(post("t3_1qx0a08"), "shreddit-post-share-button").shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [];
    for (const item of items) click(item);
    expect(targets.map((target) => target?.action ?? null)).toEqual(["share", null, "crosspost", null]);
    expect(targets[2]?.control.localName).toBe("a");
  });

  it("attributes a share inside a crosspost card to the crosspost", () => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
    click(feedShareButton("t3_1qw9z77"));
    expect(targets[0]?.post).toBe(post("t3_1qx0a05"));
  });

  it("resolves the post page's light-DOM share dropdown and its crosspost link", () => {
    loadFixture("reddit", "post.html");
    adapter = createRedditAdapter();
    const button = document.querySelector('[slot="ssr-share-button"] button') as HTMLElement;
    click(button);
    click(document.querySelector('[slot="ssr-share-button"] a[href^="/submit"]') as HTMLElement);
    expect(targets).toEqual([
      { post: post("t3_1qy5c10"), action: "share", control: button },
      { post: post("t3_1qy5c10"), action: "crosspost", control: document.querySelector('[slot="ssr-share-button"] a') },
    ]);
  });

  it("resolves a comment's share button to that comment, and ignores other buttons", () => {
    loadFixture("reddit", "post.html");
    adapter = createRedditAdapter();
    const row = comment("t1_n0c0002").querySelector(":scope > shreddit-comment-action-row");
    const share = shadow(shadow(row, "shreddit-comment-share-button"), "button");
    click(share);
    click(shadow(row, "button"));
    click(shadow(post("t3_1qy5c10"), 'button[aria-label="Upvote"]'));
    expect(targets).toEqual([{ post: comment("t1_n0c0002"), action: "share", control: share }, null, null]);
    expect(siteActions()).toEqual(["comment-share-menu:t1_n0c0002", "reply:t1_n0c0002"]);
  });

  it("returns the real button: replaying its click runs the site's handler exactly once", () => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
    const stop = (event: Event): void => {
      if (adapter.shareTargetOf(event) !== null) event.stopPropagation();
    };
    // The site's handler sits on the inner button, so stopping the click at document capture keeps it from running.
    document.addEventListener("click", stop, true);
    click(feedShareButton("t3_1qx0a02"));
    expect(siteActions()).toEqual([]);
    document.removeEventListener("click", stop, true);
    targets.at(-1)?.control.click();
    expect(siteActions()).toEqual(["share-menu:t3_1qx0a02"]);
  });
});

describe("new Reddit on mangled markup", () => {
  beforeEach(() => {
    loadFixture("reddit", "feed.html");
    adapter = createRedditAdapter();
  });

  it("gives null for posts without ids, detached or foreign elements, and [] for empty roots", () => {
    const bare = document.createElement("shreddit-post");
    expect(adapter.read(bare)).toBeNull();
    bare.id = "t3_";
    expect(adapter.read(bare)).toBeNull();
    const noThing = document.createElement("shreddit-comment");
    expect(adapter.read(noThing)).toBeNull();
    noThing.setAttribute("thingid", "t3_1qx0a01");
    expect(adapter.read(noThing)).toBeNull();
    expect(adapter.read(document.createElement("div"))).toBeNull();
    const detached = post("t3_1qx0a08");
    detached.closest("article")?.remove();
    expect(adapter.read(detached)?.id).toBe("reddit:t3_1qx0a08");
    expect(adapter.findPosts(document.createElement("section"))).toEqual([]);
    post("t3_1qx0a02").setAttribute("content-href", "http://[::1");
    expect(adapter.read(post("t3_1qx0a02"))?.links).toEqual([]);
  });

  it("gives null for an event that never ran and overlays the element itself without a shadow root", () => {
    expect(adapter.shareTargetOf(new MouseEvent("click"))).toBeNull();
    const bare = document.createElement("shreddit-post");
    expect(adapter.overlayHost(bare)).toBe(bare);
  });
});
