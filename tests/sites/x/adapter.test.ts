// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShareTarget, SiteAdapter } from "../../../src/sites/adapter.ts";
import { createXAdapter } from "../../../src/sites/x/adapter.ts";
import { click, loadFixture, siteActions } from "../fixture-page.ts";

interface XFixture {
  appendPosts(n: number): string[];
  recycleCell(i: number, statusId: string, text: string): void;
  navigate(path: string): void;
  setTheme(name: "light" | "dark" | "highContrast" | "dim"): void;
}
const fixture = (): XFixture => (window as unknown as { __fixture: XFixture }).__fixture;

let adapter: SiteAdapter;
const article = (statusId: string): HTMLElement => {
  const link = document.querySelector(`article a[href$="/status/${statusId}"] time`);
  const found = link?.closest("article");
  if (!found) throw new Error(`no article for ${statusId}`);
  return found;
};
const snapshot = (statusId: string) => adapter.read(article(statusId));

describe("X timeline", () => {
  beforeEach(() => {
    loadFixture("x", "timeline.html");
    adapter = createXAdapter();
  });

  it("finds every post but the promoted one and the header cell", () => {
    const ids = adapter.findPosts(document).map((post) => adapter.read(post)?.id);
    expect(ids).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 110, 111, 112, 113].map((n) => `x:1853012000000000${n}`));
    expect(document.querySelectorAll('[data-testid="cellInnerDiv"]')).toHaveLength(14);
    expect(adapter.read(article("1853012000000000109"))).toBeNull();
  });

  it("reads a post: emoji from img alt, the t.co link's real URL without scheme or ellipsis", () => {
    expect(snapshot("1853012000000000101")).toEqual({
      id: "x:1853012000000000101",
      site: "x",
      kind: "post",
      text: "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full",
      hashtags: [],
      links: ["t.me/miacastell_vault_full"],
      author: "miacastell_vip",
      name: "mia updates",
      community: null,
      permalink: "/miacastell_vip/status/1853012000000000101",
      hasMedia: false,
    });
    // The anchor really is truncated on screen: the ellipsis is there to be stripped.
    expect(article("1853012000000000101").querySelector('a[href^="https://t.co/"]')?.textContent).toMatch(/…$/);
  });

  it("keeps mentions inline and math-font letters as they are", () => {
    expect(snapshot("1853012000000000105")?.text).toBe("@jordy_kim is this you in this video? 😳 bit.ly/3xVidYou");
    expect(snapshot("1853012000000000103")?.text).toBe("𝐥𝐞𝐚𝐤𝐞𝐝 tape of Dana Reyes, dm me for the link 👀");
  });

  it("appends the quoted post's text after the post's own", () => {
    expect(snapshot("1853012000000000106")?.text).toBe(
      "why is this all over my feed today\nSofia Brandt OnlyFans leak, free folder before it gets deleted 👉 mega.nz/folder/Xk2pQ9",
    );
  });

  it("reads hashtags without '#', and the original author under a repost header", () => {
    const post = snapshot("1853012000000000111");
    expect(post?.hashtags).toEqual(["leaked", "onlyfansleak"]);
    expect(post?.author).toBe("fldr_plug22");
    expect(post?.links).toEqual(["t.me/fldrplug"]);
  });

  it("takes the id from the time link even when a photo link comes first", () => {
    const post = article("1853012000000000102");
    post.prepend(post.querySelector('a[href$="/photo/1"]') as Element);
    expect(adapter.read(post)?.id).toBe("x:1853012000000000102");
  });

  it("flags media: photos, videos and link cards", () => {
    const media = ["101", "102", "107", "108"].map((n) => snapshot(`1853012000000000${n}`)?.hasMedia);
    expect(media).toEqual([false, true, true, true]);
  });

  it("reads what a long post shows, and the rest once Show more is clicked", () => {
    const before = snapshot("1853012000000000110")?.text ?? "";
    expect(before.endsWith("the heap grew by")).toBe(true);
    click(article("1853012000000000110").querySelector('[data-testid="tweet-text-show-more-link"]') as Element);
    expect(snapshot("1853012000000000110")?.text).toBe(`${before} a few megabytes per minute. Fix was one line. Lesson: always pair addEventListener with a cleanup, and profile before you guess 🧵`);
  });

  it("includes the root when the root is itself a post", () => {
    const post = article("1853012000000000104");
    expect(adapter.findPosts(post)).toEqual([post]);
    expect(adapter.findPosts(post.closest('[data-testid="cellInnerDiv"]') as Element)).toEqual([post]);
    expect(adapter.findPosts(document.querySelector('[data-testid="placementTracking"]') as Element)).toEqual([]);
  });

  it("follows the page as it appends, recycles cells and navigates", () => {
    const ids = fixture().appendPosts(4);
    expect(new Set(ids).size).toBe(4);
    expect(adapter.findPosts(document)).toHaveLength(16);
    expect(adapter.read(article(ids[2] ?? ""))?.text).toBe("Ｌｅａｋｅｄ video of Nadia Bloom before it gets deleted 🔞");

    const recycled = adapter.findPosts(document)[0] as Element;
    fixture().recycleCell(0, "1853999999999999999", "a different post now");
    expect(adapter.findPosts(document)[0]).toBe(recycled);
    expect(adapter.read(recycled)).toMatchObject({ id: "x:1853999999999999999", text: "a different post now" });

    fixture().navigate("/explore");
    expect(location.pathname).toBe("/explore");
    expect(adapter.findPosts(document).map((post) => adapter.read(post)?.id)).toEqual(
      ["301", "302", "303"].map((n) => `x:1853012000000000${n}`),
    );
  });

  it("reads the theme from body's background colour", () => {
    expect(adapter.theme(document)).toBe("light");
    fixture().setTheme("dark");
    expect(adapter.theme(document)).toBe("dark");
    fixture().setTheme("highContrast");
    expect(adapter.theme(document)).toBe("dark");
    fixture().setTheme("dim");
    expect(adapter.theme(document)).toBe("dark");
    fixture().setTheme("light");
    expect(adapter.theme(document)).toBe("light");
  });

  it("falls back to the system preference when body has no colour", () => {
    document.body.style.backgroundColor = "";
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes("dark") })) as typeof window.matchMedia;
    try {
      expect(adapter.theme(document)).toBe("dark");
    } finally {
      window.matchMedia = original;
    }
  });

  it("overlays the article itself", () => {
    const post = article("1853012000000000101");
    expect(adapter.overlayHost(post)).toBe(post);
  });
});

describe("X status page", () => {
  it("finds the focused post and its replies", () => {
    loadFixture("x", "status.html");
    adapter = createXAdapter();
    const posts = adapter.findPosts(document);
    expect(posts.map((post) => adapter.read(post)?.id)).toEqual(["201", "202", "203", "204"].map((n) => `x:1853012000000000${n}`));
    expect(posts[0]?.getAttribute("tabindex")).toBe("-1");
    expect(adapter.read(posts[3] as Element)?.links).toEqual(["stopncii.org"]);
  });
});

describe("X share controls", () => {
  let targets: Array<ShareTarget | null>;
  const listen = (event: Event): void => {
    targets.push(adapter.shareTargetOf(event));
  };
  const lastTarget = (): ShareTarget | null | undefined => targets.at(-1);
  const button = (statusId: string, selector: string): HTMLElement => article(statusId).querySelector(selector) as HTMLElement;
  const menuItem = (selector: string): HTMLElement => document.querySelector(`#layers ${selector}`) as HTMLElement;
  const SHARE = '[role="group"] button:not([data-testid])';

  beforeEach(() => {
    loadFixture("x", "timeline.html");
    adapter = createXAdapter();
    targets = [];
    document.addEventListener("click", listen, true);
  });
  afterEach(() => document.removeEventListener("click", listen, true));

  it("resolves the repost button, then Repost and Quote in its menu, to the post that opened it", () => {
    const post = article("1853012000000000101");
    click(button("1853012000000000101", '[data-testid="retweet"]'));
    expect(lastTarget()).toEqual({ post, action: "repost", control: button("1853012000000000101", '[data-testid="retweet"]') });
    const quote = menuItem('[role="menuitem"][href="/compose/post"]');
    click(quote);
    expect(lastTarget()).toEqual({ post, action: "quote", control: quote });

    click(button("1853012000000000101", '[data-testid="retweet"]'));
    const confirm = menuItem('[data-testid="retweetConfirm"]');
    click(confirm);
    expect(lastTarget()).toEqual({ post, action: "repost", control: confirm });
    expect(siteActions()).toEqual([
      "repost-menu:1853012000000000101",
      "quote:1853012000000000101",
      "repost-menu:1853012000000000101",
      "retweet:1853012000000000101",
    ]);
  });

  it("resolves the share button and Copy link; other share-menu rows are not shares", () => {
    const post = article("1853012000000000105");
    click(button("1853012000000000105", SHARE));
    expect(lastTarget()).toMatchObject({ post, action: "share" });
    const rows = document.querySelectorAll<HTMLElement>('#layers [role="menuitem"]');
    click(rows[1] as HTMLElement);
    expect(lastTarget()).toBeNull();
    click(button("1853012000000000105", SHARE));
    click(document.querySelectorAll<HTMLElement>('#layers [role="menuitem"]')[0] as HTMLElement);
    expect(lastTarget()).toMatchObject({ post, action: "copy-link" });
    expect(siteActions()).toEqual([
      "share-menu:1853012000000000105",
      "send-dm:1853012000000000105",
      "share-menu:1853012000000000105",
      "copy-link:1853012000000000105",
    ]);
  });

  it("finds Copy link as the share menu's first row when its icon changes", () => {
    click(button("1853012000000000105", SHARE));
    const first = document.querySelector('#layers [role="menuitem"]') as HTMLElement;
    first.querySelector("path")?.setAttribute("d", "M0 0h24v24H0z");
    click(first);
    expect(lastTarget()?.action).toBe("copy-link");
  });

  it("finds the share button by its icon when it is not the last button", () => {
    const group = article("1853012000000000102").querySelector('[role="group"]') as Element;
    group.append(document.createElement("button"));
    click(button("1853012000000000102", SHARE));
    expect(lastTarget()?.action).toBe("share");
  });

  it("ignores other buttons, and a menu once the reader clicked elsewhere", () => {
    click(button("1853012000000000101", '[data-testid="like"]'));
    click(button("1853012000000000101", '[data-testid="reply"]'));
    expect(targets).toEqual([null, null]);
    click(button("1853012000000000101", '[data-testid="retweet"]'));
    const confirm = menuItem('[data-testid="retweetConfirm"]');
    click(document.body);
    click(confirm);
    expect(lastTarget()).toBeNull();
  });

  it("returns the real button: replaying its click runs the site's handler exactly once", () => {
    const stop = (event: Event): void => {
      if (adapter.shareTargetOf(event) !== null) event.stopPropagation();
    };
    document.addEventListener("click", stop, true);
    click(button("1853012000000000104", SHARE));
    expect(siteActions()).toEqual([]);
    document.removeEventListener("click", stop, true);
    lastTarget()?.control.click();
    expect(siteActions()).toEqual(["share-menu:1853012000000000104"]);
  });
});

describe("X on mangled markup", () => {
  beforeEach(() => {
    loadFixture("x", "timeline.html");
    adapter = createXAdapter();
  });

  it("gives null for a post without a time link, an empty or detached article, and odd hrefs", () => {
    const post = article("1853012000000000101");
    post.querySelector("time")?.parentElement?.removeAttribute("href");
    expect(adapter.read(post)).toBeNull();

    const empty = document.createElement("article");
    empty.setAttribute("data-testid", "tweet");
    expect(adapter.read(empty)).toBeNull();
    expect(adapter.findPosts(empty)).toEqual([empty]);
    expect(adapter.read(document.createElement("div"))).toBeNull();

    const odd = article("1853012000000000102");
    for (const link of odd.querySelectorAll("a")) link.setAttribute("href", "http://[::1");
    expect(adapter.read(odd)).toBeNull();

    const detached = article("1853012000000000103");
    detached.remove();
    expect(adapter.read(detached)?.id).toBe("x:1853012000000000103");
    expect(adapter.findPosts(document.createDocumentFragment())).toEqual([]);
  });

  it("gives null for events without a path and for clicks outside posts", () => {
    expect(adapter.shareTargetOf(new MouseEvent("click"))).toBeNull();
    let target: ShareTarget | null | undefined;
    document.addEventListener("click", (event) => (target = adapter.shareTargetOf(event)), { capture: true, once: true });
    click(document.querySelector("h1") as Element);
    expect(target).toBeNull();
  });
});
