// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShareTarget, SiteAdapter } from "../../../src/sites/adapter.ts";
import { createXAdapter } from "../../../src/sites/x/adapter.ts";
import { click, loadFixture, siteActions } from "../fixture-page.ts";

// The X surfaces of issue 13 on pages that follow public captures of x.com (each page's header names its capture).
let adapter: SiteAdapter;
const open = (page: string, path?: string): void => {
  if (path !== undefined) history.replaceState({}, "", path);
  loadFixture("x", page);
  adapter = createXAdapter();
};
const ids = (): Array<string | undefined> => adapter.findPosts(document).map((post) => adapter.read(post)?.id);
const el = (selector: string): Element => {
  const found = document.querySelector(selector);
  if (found === null) throw new Error(`no ${selector}`);
  return found;
};
const tweet = (statusId: string): Element => el(`article[data-testid="tweet"]:has(a[href$="/status/${statusId}"] time)`);

afterEach(() => history.replaceState({}, "", "/"));

describe("X Article on its own page", () => {
  beforeEach(() => open("surfaces-article.html"));

  it("reads the read view as one post: title, then the body's blocks, the author's name, the id from the analytics link", () => {
    expect(ids()).toEqual(["x:1865200000000000101"]);
    const view = el('[data-testid="twitterArticleReadView"]');
    expect(adapter.read(view)).toEqual({
      id: "x:1865200000000000101",
      site: "x",
      kind: "post",
      text: [
        "Maya Torres leaked video: the full uncut folder before it gets deleted",
        "Everyone is asking for the Maya Torres tape, so here is everything in one place.",
        "Where to get the full video",
        "The nudes and the full leak are in the private folder. Link in bio, DM me for access before it gets taken down.",
      ].join("\n"),
      hashtags: [],
      links: [],
      author: "velvetarchive",
      name: "Velvet Archive 🔞",
      community: null,
      permalink: "/velvetarchive/status/1865200000000000101",
      hasMedia: true,
    });
    expect(adapter.overlayHost(view)).toBe(view);
  });

  it("reads an Article inside its status page's post once, as that post", () => {
    const view = el('[data-testid="twitterArticleReadView"]');
    const article = document.createElement("article");
    article.setAttribute("data-testid", "tweet");
    view.replaceWith(article);
    article.append(view);
    const link = document.createElement("a");
    link.href = "/velvetarchive/status/1865200000000000101";
    link.append(document.createElement("time"));
    article.prepend(link);
    expect(adapter.findPosts(document)).toEqual([article]);
    expect(adapter.read(view)).toBeNull();
    expect(adapter.read(article)?.text).toMatch(/^Maya Torres leaked video: the full uncut folder before it gets deleted\nEveryone is asking/);
  });

  it("resolves the Article's repost, quote, share and copy link to the read view", () => {
    const view = el('[data-testid="twitterArticleReadView"]');
    const targets: Array<ShareTarget | null> = [];
    const listen = (event: Event): void => void targets.push(adapter.shareTargetOf(event));
    document.addEventListener("click", listen, true);
    try {
      const retweet = view.querySelector('[data-testid="retweet"]') as HTMLElement;
      click(retweet);
      expect(targets.at(-1)).toEqual({ post: view, action: "repost", control: retweet });
      click(el('#layers [href="/compose/post"]'));
      expect(targets.at(-1)).toMatchObject({ post: view, action: "quote" });
      const share = view.querySelector('[role="group"] button:not([data-testid])') as HTMLElement;
      click(share);
      expect(targets.at(-1)).toEqual({ post: view, action: "share", control: share });
      click(document.querySelectorAll<HTMLElement>('#layers [role="menuitem"]')[0] as HTMLElement);
      expect(targets.at(-1)).toMatchObject({ post: view, action: "copy-link" });
      expect(siteActions()).toEqual([
        "repost-menu:1865200000000000101",
        "quote:1865200000000000101",
        "share-menu:1865200000000000101",
        "copy-link:1865200000000000101",
      ]);
    } finally {
      document.removeEventListener("click", listen, true);
    }
  });
});

describe("X profile page", () => {
  beforeEach(() => open("surfaces-profile.html"));

  it("finds the header, the timeline's posts (not the promoted one) and the hover card, each once", () => {
    expect(ids()).toEqual([
      "x:user:mayatorresvault",
      "x:1865200000000000201",
      "x:1865200000000000202",
      "x:1865200000000000203",
      "x:user:harbourlens",
    ]);
  });

  it("reads the header: the bio with its emoji and hashtag, the profile link, the styled display name", () => {
    const header = adapter.findPosts(document)[0] as Element;
    expect(adapter.read(header)).toEqual({
      id: "x:user:mayatorresvault",
      site: "x",
      kind: "post",
      text: "all of her leaked videos and nudes, the full folder is here 👇 new drops every night, DM for the private link #leaked\nt.me/mayatorres_full",
      hashtags: [],
      links: ["t.me/mayatorres_full"],
      author: "mayatorresvault",
      name: "𝐌𝐚𝐲𝐚 𝐓𝐨𝐫𝐫𝐞𝐬 𝐯𝐚𝐮𝐥𝐭 🔞",
      community: null,
      permalink: "/mayatorresvault",
      hasMedia: false,
    });
  });

  it("covers the header's name, bio and link, and neither the tabs nor the timeline", () => {
    const header = adapter.findPosts(document)[0] as Element;
    expect(adapter.overlayHost(header)).toBe(header);
    for (const part of ['[data-testid="UserName"]', '[data-testid="UserDescription"]', '[data-testid="UserUrl"]']) expect(header.contains(el(part))).toBe(true);
    expect(header.contains(el('[role="tablist"]'))).toBe(false);
    expect(header.querySelector("article")).toBeNull();
  });

  it("finds the header again from a bio that re-renders, and reads nothing from a bare name block", () => {
    const bio = el('[data-testid="UserDescription"]');
    expect(adapter.findPosts(bio)).toEqual([]);
    expect(adapter.findPosts(el('[data-testid="UserName"]'))).toEqual([adapter.findPosts(document)[0]]);
    expect(adapter.read(el('[data-testid="UserName"]'))).toBeNull();
  });

  it("reads a media-only post from its photo's alt text, and a link card from the headline in its aria-label", () => {
    expect(adapter.read(tweet("1865200000000000201"))).toMatchObject({
      text: "Maya Torres nude leak, the full set is in my bio before it gets deleted",
      name: "𝐌𝐚𝐲𝐚 𝐓𝐨𝐫𝐫𝐞𝐬 𝐯𝐚𝐮𝐥𝐭 🔞",
      hasMedia: true,
    });
    expect(adapter.read(tweet("1865200000000000202"))?.text).toBe(
      "vaultdrop.example Maya Torres leaked tape: watch the full uncut video free\nFrom vaultdrop.example",
    );
  });

  it("ignores X's default alt text", () => {
    expect(adapter.read(tweet("1865200000000000203"))).toMatchObject({ text: "", name: "Harbour Lens", hasMedia: true });
  });

  it("reads the hover card as the account it shows", () => {
    const card = el('[data-testid="HoverCard"]');
    expect(adapter.read(card)).toMatchObject({
      id: "x:user:harbourlens",
      text: "Photos of the old harbour at first light. Prints for the school fair, all profits to the library.",
      name: "Harbour Lens",
      author: "harbourlens",
      permalink: "/harbourlens",
    });
    expect(adapter.overlayHost(card)).toBe(card);
  });
});

describe("X replies under a post", () => {
  beforeEach(() => open("surfaces-replies.html"));

  it("finds the focused post, its replies but not the promoted reply, and the open hover card", () => {
    expect(ids()).toEqual(["x:1865200000000000300", "x:1865200000000000301", "x:1865200000000000302", "x:user:sunny_k8821"]);
  });

  it("reads the reply bot's hover card: its bio, and its display name as the reply reads it", () => {
    expect(adapter.read(el('[data-testid="HoverCard"]'))).toMatchObject({
      text: "leaked nudes and full videos of your favourite girls, free folder in the link 👇",
      name: "𝐋𝐢𝐧𝐤 𝐢𝐧 𝐛𝐢𝐨 🔞 f u l l  l e a k 👅",
    });
  });

  it("reads a reply bot's display name into name, emoji from their alt text, apart from its text", () => {
    expect(adapter.read(tweet("1865200000000000301"))).toMatchObject({
      text: "hi 😘",
      name: "𝐋𝐢𝐧𝐤 𝐢𝐧 𝐛𝐢𝐨 🔞 f u l l  l e a k 👅",
      author: "sunny_k8821",
    });
    expect(adapter.overlayHost(tweet("1865200000000000301"))).toBe(tweet("1865200000000000301"));
  });
});

describe("X search results and notifications", () => {
  it("reads search results once each; a quoted bait is read with the post that quotes it", () => {
    open("surfaces-search.html");
    expect(ids()).toEqual(["x:1865200000000000401", "x:1865200000000000402", "x:1865200000000000403"]);
    expect(adapter.read(tweet("1865200000000000401"))?.links).toEqual(["t.me/mayatorres_full_clip"]);
    expect(adapter.read(tweet("1865200000000000403"))?.text).toBe(
      "please stop sharing this, it is a real person\nMaya Torres full video leaked, uncut, link in bio",
    );
  });

  it("reads mentions in the notifications timeline and skips other notifications", () => {
    open("surfaces-notifications.html");
    expect(ids()).toEqual(["x:1865200000000000501", "x:1865200000000000502"]);
    expect(adapter.read(tweet("1865200000000000501"))?.text).toBe("@you is this you in this video?? 😳 bit.ly/3isthisyouvid");
  });
});

describe("X direct messages", () => {
  it("reads each XChat message as a comment keyed by its id, and covers its text bubble", () => {
    open("surfaces-chat.html", "/i/chat/1790000000000000001-1865200000000000601");
    expect(ids()).toEqual(["1865200000000000601", "1865200000000000602", "1865200000000000603"].map((n) => `x:dm:1790000000000000001-1865200000000000601:${n}`));
    const message = el('[data-testid="message-1865200000000000601"]');
    expect(adapter.read(message)).toMatchObject({
      kind: "comment",
      text: "hey is this you in this video?? 😳 look before they delete it bit.ly/3isthisyouvid",
      permalink: "/i/chat/1790000000000000001-1865200000000000601",
    });
    expect(adapter.overlayHost(message)).toBe(el('[data-testid="message-text-1865200000000000601"]'));
  });

  it("reads the older inbox's entries with an id that stays the same when the entry re-renders", () => {
    open("surfaces-messages.html", "/messages/1790000000000000001-1865200000000000701");
    const entries = adapter.findPosts(document);
    expect(entries).toHaveLength(2);
    const first = adapter.read(entries[0] as Element);
    expect(first).toMatchObject({ kind: "comment", text: "is this you in this video?? 😳 bit.ly/3isthisyouvid", permalink: "/messages/1790000000000000001-1865200000000000701" });
    expect(first?.id).toMatch(/^x:dm:1790000000000000001-1865200000000000701:[0-9a-z]+$/);
    expect(adapter.read(entries[1] as Element)?.id).not.toBe(first?.id);
    (entries[0] as Element).replaceChildren(...(entries[0] as Element).cloneNode(true).childNodes);
    expect(adapter.read(entries[0] as Element)?.id).toBe(first?.id);
    expect(adapter.overlayHost(entries[0] as Element)).toBe((entries[0] as Element).querySelector('[data-testid="tweetText"]'));
  });
});
