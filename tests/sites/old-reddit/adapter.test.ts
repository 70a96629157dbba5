// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShareTarget, SiteAdapter } from "../../../src/sites/adapter.ts";
import { createOldRedditAdapter } from "../../../src/sites/old-reddit/adapter.ts";
import { click, loadFixture, siteActions } from "../fixture-page.ts";

interface OldRedditFixture {
  expand(fullname: string, text: string): void;
  appendPosts(n: number): string[];
  setTheme(name: "light" | "dark"): void;
}
const fixture = (): OldRedditFixture => (window as unknown as { __fixture: OldRedditFixture }).__fixture;

let adapter: SiteAdapter;
const thing = (fullname: string): Element => document.getElementById(`thing_${fullname}`) as Element;
const ids = (): Array<string | undefined> => adapter.findPosts(document).map((el) => adapter.read(el)?.id);

describe("old Reddit listing", () => {
  beforeEach(() => {
    loadFixture("old-reddit", "listing.html");
    adapter = createOldRedditAdapter();
  });

  it("finds every link but the promoted one", () => {
    expect(ids()).toEqual(["02", "03", "04", "05", "06", "07", "08"].map((n) => `old-reddit:t3_9pq0k${n}`));
    expect(adapter.read(thing("t3_9pq0k01"))).toBeNull();
  });

  it("reads a self post's title until its expando fills in, then its self-text too", () => {
    expect(adapter.read(thing("t3_9pq0k02"))).toEqual({
      id: "old-reddit:t3_9pq0k02",
      site: "old-reddit",
      kind: "post",
      text: "Mia Castell leak folder is up, grab it before it gets deleted 🔞",
      hashtags: [],
      links: [],
      author: "vault_runner_88",
      community: "gossipcorner",
      permalink: "/r/gossipcorner/comments/9pq0k02/mia_castell_leak_folder_is_up_grab_it_be/",
      hasMedia: false,
      name: null,
    });
    fixture().expand("t3_9pq0k05", "The account was made yesterday.\nI did not click bit.ly/xyz.");
    expect(adapter.read(thing("t3_9pq0k05"))?.text).toBe(
      'Got a DM saying "is this you in this video?" with a link. Is this a scam?\nThe account was made yesterday.\nI did not click bit.ly/xyz.',
    );
  });

  it("expands through the site's own button, links included", () => {
    click(thing("t3_9pq0k08").querySelector(".expando-button") as Element);
    expect(adapter.read(thing("t3_9pq0k08"))?.text).toContain("I filed a report and used StopNCII to get them hashed.");
    expect(siteActions()).toEqual(["expand:t3_9pq0k08"]);
  });

  it("keeps data-url when it leaves Reddit, and marks Reddit-hosted images and videos as media", () => {
    expect(adapter.read(thing("t3_9pq0k03"))).toMatchObject({ links: ["techrumors.example/2026/11/iphone-17-pro-prototype-leak"], hasMedia: false });
    expect(adapter.read(thing("t3_9pq0k06"))?.links).toEqual(["vid-share.cc/w/88213"]);
    expect(adapter.read(thing("t3_9pq0k04"))).toMatchObject({ links: [], hasMedia: true });
    expect(adapter.read(thing("t3_9pq0k07"))).toMatchObject({ links: [], hasMedia: true });
  });

  it("includes the root when it is a post and finds appended posts", () => {
    expect(adapter.findPosts(thing("t3_9pq0k03"))).toEqual([thing("t3_9pq0k03")]);
    const added = fixture().appendPosts(2);
    expect(ids().slice(-2)).toEqual(added.map((id) => `old-reddit:${id}`));
  });

  it("is light unless RES night mode is on", () => {
    expect(adapter.theme(document)).toBe("light");
    fixture().setTheme("dark");
    expect(adapter.theme(document)).toBe("dark");
    document.documentElement.classList.remove("res-nightmode");
    expect(adapter.theme(document)).toBe("dark");
    document.body.classList.remove("res-nightmode");
    expect(adapter.theme(document)).toBe("light");
  });

  it("overlays a whole link thing, thumbnail included", () => {
    expect(adapter.overlayHost(thing("t3_9pq0k04"))).toBe(thing("t3_9pq0k04"));
  });
});

describe("old Reddit comments page", () => {
  beforeEach(() => {
    loadFixture("old-reddit", "comments.html");
    adapter = createOldRedditAdapter();
  });

  it("finds the post and every comment, each with its own text only", () => {
    expect(ids()).toEqual(["t3_9pr2m10", "t1_kq0c001", "t1_kq0c002", "t1_kq0c003", "t1_kq0c004"].map((id) => `old-reddit:${id}`));
    expect(adapter.read(thing("t3_9pr2m10"))).toMatchObject({
      text: "Full video of Sarah Quinn leaked, link below\nEveryone is looking for this one: bit.ly/sq-fullvid",
      links: ["bit.ly/sq-fullvid"],
    });
    expect(adapter.read(thing("t1_kq0c001"))).toMatchObject({ kind: "comment", text: "This is a scam, the link is malware. Reported.", author: "mod_helper", community: "viralclips" });
    expect(adapter.read(thing("t1_kq0c004"))?.links).toEqual(["t.me/sq_fullvid_drop"]);
  });

  it("overlays a comment's own entry, leaving its replies visible", () => {
    expect(adapter.overlayHost(thing("t1_kq0c001"))).toBe(thing("t1_kq0c001").querySelector(":scope > .entry"));
  });
});

describe("old Reddit share controls", () => {
  let targets: Array<ShareTarget | null>;
  const listen = (event: Event): void => {
    targets.push(adapter.shareTargetOf(event));
  };
  beforeEach(() => {
    loadFixture("old-reddit", "comments.html");
    adapter = createOldRedditAdapter();
    targets = [];
    document.addEventListener("click", listen, true);
  });
  afterEach(() => document.removeEventListener("click", listen, true));

  it("resolves share and crosspost on a post and share on a comment", () => {
    const share = thing("t3_9pr2m10").querySelector("a.post-sharing-button") as HTMLElement;
    const crosspost = thing("t3_9pr2m10").querySelector("a.post-crosspost-button") as HTMLElement;
    const commentShare = thing("t1_kq0c002").querySelector(":scope > .entry a.post-sharing-button") as HTMLElement;
    click(share);
    click(crosspost);
    click(commentShare);
    click(thing("t3_9pr2m10").querySelector(".tagline") as Element);
    expect(targets).toEqual([
      { post: thing("t3_9pr2m10"), action: "share", control: share },
      { post: thing("t3_9pr2m10"), action: "crosspost", control: crosspost },
      { post: thing("t1_kq0c002"), action: "share", control: commentShare },
      null,
    ]);
    expect(siteActions()).toEqual(["share:t3_9pr2m10", "crosspost:t3_9pr2m10", "share:t1_kq0c002"]);
    expect(document.querySelectorAll("div.post-sharing")).toHaveLength(1);
  });

  it("returns the real control: replaying it runs the body's delegated handler exactly once", () => {
    const stop = (event: Event): void => {
      if (adapter.shareTargetOf(event) !== null) event.stopPropagation();
    };
    document.addEventListener("click", stop, true);
    click(thing("t3_9pr2m10").querySelector("a.post-sharing-button") as Element);
    expect(siteActions()).toEqual([]);
    document.removeEventListener("click", stop, true);
    targets.at(-1)?.control.click();
    expect(siteActions()).toEqual(["share:t3_9pr2m10"]);
    expect(document.querySelector("div.post-sharing input.post-sharing-link-input")?.getAttribute("value")).toBe(
      "https://old.reddit.com/r/viralclips/comments/9pr2m10/full_video_of_sarah_quinn_leaked_link_be/?ref=share&ref_source=link",
    );
  });
});

describe("old Reddit on mangled markup", () => {
  it("gives null for things without a fullname or of other types, and [] for empty roots", () => {
    loadFixture("old-reddit", "listing.html");
    adapter = createOldRedditAdapter();
    const other = document.createElement("div");
    other.className = "thing";
    other.dataset.fullname = "t3_x";
    other.dataset.type = "morechildren";
    expect(adapter.read(other)).toBeNull();
    const empty = document.createElement("div");
    empty.className = "thing";
    empty.dataset.type = "link";
    for (const fullname of ["", "t3_", "undefined"]) {
      empty.dataset.fullname = fullname;
      expect(adapter.read(empty)).toBeNull();
    }
    expect(adapter.findPosts(document.createElement("div"))).toEqual([]);
    expect(adapter.shareTargetOf(new MouseEvent("click"))).toBeNull();
    thing("t3_9pq0k03").querySelector(".entry")?.remove();
    expect(adapter.read(thing("t3_9pq0k03"))?.text).toBe("");
  });
});
