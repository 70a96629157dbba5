// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { SiteAdapter } from "../../../src/sites/adapter.ts";
import { createOldRedditAdapter } from "../../../src/sites/old-reddit/adapter.ts";
import { click, loadFixture, recordShareTargets, siteActions } from "../fixture-page.ts";

// Pages that mark things by class only, and search results, following public captures (see each page's header).
let adapter: SiteAdapter;
const thing = (fullname: string): Element => document.getElementById(`thing_${fullname}`) as Element;
const result = (fullname: string): Element => document.querySelector(`.search-result-link[data-fullname="${fullname}"]`) as Element;
const ids = (): Array<string | undefined> => adapter.findPosts(document).map((el) => adapter.read(el)?.id);

function load(page: string): void {
  loadFixture("old-reddit", page);
  adapter = createOldRedditAdapter();
}

describe("old Reddit things without data-type", () => {
  beforeEach(() => load("surfaces-listing.html"));

  it("finds links and comments by class, skipping the promoted link", () => {
    expect(document.querySelector("[data-type]")).toBeNull();
    expect(ids()).toEqual(["old-reddit:t3_9wq1k02", "old-reddit:t3_9wq1k03", "old-reddit:t1_9wq1c04"]);
    expect(adapter.read(thing("t3_9wq1k01"))).toBeNull();
    // Listings that do write data-type still mark a promoted link by its class, data-promoted aside.
    thing("t3_9wq1k01").setAttribute("data-type", "link");
    expect(adapter.findPosts(document)).not.toContain(thing("t3_9wq1k01"));
    expect(adapter.read(thing("t3_9wq1k01"))).toBeNull();
  });

  it("reads a link by its classes and data attributes", () => {
    expect(adapter.read(thing("t3_9wq1k02"))).toEqual({
      id: "old-reddit:t3_9wq1k02",
      site: "old-reddit",
      kind: "post",
      text: "Elena Varga leaked vids folder, grab it before it's deleted 🔞",
      hashtags: [],
      links: ["t.me/elenav_drop"],
      author: "drop_link_bot",
      community: "nightowlchat",
      permalink: "/r/nightowlchat/comments/9wq1k02/elena_varga_leaked_vids_folder_grab_it/",
      hasMedia: false,
      name: null,
    });
  });

  it("reads a comment named only by its id-<fullname> class, and covers its own entry", () => {
    expect(thing("t1_9wq1c04").hasAttribute("data-fullname")).toBe(false);
    expect(adapter.read(thing("t1_9wq1c04"))).toMatchObject({
      id: "old-reddit:t1_9wq1c04",
      kind: "comment",
      text: "dm me for the leaked tape, it's all on my telegram t.me/elenav_drop",
      links: ["t.me/elenav_drop"],
    });
    expect(adapter.overlayHost(thing("t1_9wq1c04"))).toBe(thing("t1_9wq1c04").querySelector(":scope > .entry"));
    expect(adapter.overlayHost(thing("t3_9wq1k02"))).toBe(thing("t3_9wq1k02"));
  });

  describe("share controls", () => {
    const targets = recordShareTargets(() => adapter);

    it("resolves share and crosspost on a class-only link and share on a class-only comment", () => {
      const share = thing("t3_9wq1k02").querySelector("a.post-sharing-button") as HTMLElement;
      const crosspost = thing("t3_9wq1k02").querySelector("a.post-crosspost-button") as HTMLElement;
      const commentShare = thing("t1_9wq1c04").querySelector("a.post-sharing-button") as HTMLElement;
      for (const control of [share, crosspost, commentShare]) click(control);
      expect(targets).toEqual([
        { post: thing("t3_9wq1k02"), action: "share", control: share },
        { post: thing("t3_9wq1k02"), action: "crosspost", control: crosspost },
        { post: thing("t1_9wq1c04"), action: "share", control: commentShare },
      ]);
      expect(siteActions()).toEqual(["share:t3_9wq1k02", "crosspost:t3_9wq1k02", "share:t1_9wq1c04"]);
    });
  });
});

describe("old Reddit search results", () => {
  beforeEach(() => load("surfaces-search.html"));

  it("finds the post results, not the community result", () => {
    expect(ids()).toEqual(["old-reddit:t3_9wq2s01", "old-reddit:t3_9wq2s02", "old-reddit:t3_9wq2s03"]);
  });

  it("reads title, self-text, author, subreddit and the footer's link target", () => {
    expect(adapter.read(result("t3_9wq2s01"))).toEqual({
      id: "old-reddit:t3_9wq2s01",
      site: "old-reddit",
      kind: "post",
      text: "Elena Varga private pics leaked, whole folder\nDownload it before it gets removed: t.me/elenav_drop",
      hashtags: [],
      links: ["t.me/elenav_drop"],
      author: "spicy_drop_bot",
      community: "tapevault",
      permalink: "/r/tapevault/comments/9wq2s01/elena_varga_private_pics_leaked_whole_folder/",
      hasMedia: false,
      name: null,
    });
    expect(adapter.read(result("t3_9wq2s03"))).toMatchObject({ text: "Elena Varga full tape leaked, watch free", links: ["vid-share.cc/w/5521"] });
    expect(adapter.overlayHost(result("t3_9wq2s03"))).toBe(result("t3_9wq2s03"));
  });

  it("takes the fullname from the permalink when data-fullname is missing, as in Reddit's own template", () => {
    result("t3_9wq2s02").removeAttribute("data-fullname");
    expect(adapter.read(document.querySelectorAll(".search-result-link")[1] as Element)?.id).toBe("old-reddit:t3_9wq2s02");
  });
});
