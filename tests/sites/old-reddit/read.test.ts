// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readThing } from "../../../src/sites/old-reddit/read.ts";
import { markupPage } from "../fixture-page.ts";

// Small pages in old Reddit's markup (docs/sites.md) for what the captured fixtures do not show: the edges of
// telling links from comments, naming them, and reading search results.

const page = (html: string): Element[] => {
  markupPage(html);
  return [...document.body.children];
};
const entry = (title: string, selfText = "") =>
  `<div class="entry"><p class="title"><a class="title" href="/r/news/comments/abc/t/">${title}</a></p>` +
  (selfText === "" ? "" : `<div class="expando"><div class="usertext-body"><div class="md"><p>${selfText}</p></div></div></div>`) +
  "</div>";
const commentEntry = (text: string) => `<div class="entry"><div class="usertext-body"><div class="md"><p>${text}</p></div></div></div>`;
const link = (attributes: string, inner = entry("A title")) => `<div class="thing link" ${attributes}>${inner}</div>`;
const readAll = (html: string) => page(html).map((el) => readThing(el));

describe("reading an old Reddit thing", () => {
  it("reads only exact link and comment fullnames as ids", () => {
    const things = readAll(
      link('data-fullname="xt3_a1"') + link('data-fullname="t3_a2-x"') + link('data-fullname="t2_a3"') + link('data-fullname="t3_a4"'),
    );
    expect(things.map((thing) => thing?.id ?? null)).toEqual([null, null, null, "old-reddit:t3_a4"]);
  });

  it("names a thing without data-fullname by its id-<fullname> class, else by its thing_<fullname> id", () => {
    const things = readAll(
      `<div class="thing id-t3_b1 link">${entry("t")}</div><div class="thing link" id="thing_t3_b2">${entry("t")}</div>` +
        `<div class="thing xid-t3_b3 link">${entry("t")}</div><div class="thing id-t3_b4x- link">${entry("t")}</div>`,
    );
    expect(things.map((thing) => thing?.id ?? null)).toEqual(["old-reddit:t3_b1", "old-reddit:t3_b2", null, null]);
  });

  it("takes data-type over the class list to tell a link from a comment", () => {
    const [asLink, asComment] = readAll(
      `<div class="thing comment" data-type="link" data-fullname="t3_c1">${entry("The title", "Self text")}</div>` +
        `<div class="thing link" data-type="comment" data-fullname="t1_c2">${commentEntry("A reply")}</div>`,
    );
    expect(asLink).toMatchObject({ kind: "post", text: "The title\nSelf text" });
    expect(asComment).toMatchObject({ kind: "comment", text: "A reply" });
  });

  it("skips a link promoted by data-promoted or by its promotedlink class", () => {
    expect(readAll(link('data-fullname="t3_d1" data-promoted="true"') + `<div class="thing link promotedlink" data-fullname="t3_d2">${entry("t")}</div>`)).toEqual([
      null,
      null,
    ]);
    expect(readAll(link('data-fullname="t3_d3" data-promoted="false"'))[0]?.id).toBe("old-reddit:t3_d3");
  });

  it("marks image hosts and galleries as media, but not other links, Reddit threads or a comment", () => {
    const things = readAll(
      link('data-fullname="t3_e1" data-url="https://i.imgur.com/abc.jpg"') +
        link('data-fullname="t3_e2" data-url="https://www.reddit.com/gallery/e2"') +
        link('data-fullname="t3_e3" data-url="https://example.org/story"') +
        link('data-fullname="t3_e4" data-url="/r/news/comments/e4/t/"') +
        link('data-fullname="t3_e5"') +
        `<div class="thing comment" data-fullname="t1_e6" data-url="https://i.imgur.com/x.jpg">${commentEntry("c")}</div>` +
        link('data-fullname="t3_e7" data-url="https://preview.redd.it/e7.png"') +
        link('data-fullname="t3_e8" data-url="https://imgur.com/a/e8"'),
    );
    expect(things.map((thing) => thing?.hasMedia)).toEqual([true, true, false, false, false, false, true, true]);
    expect(things.map((thing) => thing?.links)).toEqual([["i.imgur.com/abc.jpg"], [], ["example.org/story"], [], [], [], [], ["imgur.com/a/e8"]]);
  });

  it("reads author, community and permalink from the thing's data attributes", () => {
    const [thing] = readAll(link('data-fullname="t3_f1" data-author="alice" data-subreddit="news" data-permalink="/r/news/comments/f1/t/"'));
    expect(thing).toMatchObject({ author: "alice", community: "news", permalink: "/r/news/comments/f1/t/", site: "old-reddit", name: null });
  });
});

describe("reading an old Reddit search result", () => {
  const result = (attributes: string, inner: string) => `<div class="search-result-link" ${attributes}>${inner}</div>`;
  const title = (href: string) => `<a class="search-title" href="${href}">Result title</a>`;

  it("reads title, body, author, community, target and media from its own rows", () => {
    const [read] = readAll(
      result(
        'data-fullname="t3_g1"',
        title("https://old.reddit.com/r/pics/comments/g1/result_title/") +
          `<div class="search-result-body"><p>Body with <a href="https://t.me/drop">a link</a></p></div>` +
          `<span class="search-author"><a class="author"> bob </a></span><a class="search-subreddit-link">/r/pics</a>` +
          `<div class="search-result-footer"><a class="search-link" href="https://i.redd.it/g1.jpg">i.redd.it</a></div>`,
      ),
    );
    expect(read).toEqual({
      id: "old-reddit:t3_g1",
      site: "old-reddit",
      kind: "post",
      text: "Result title\nBody with a link",
      hashtags: [],
      links: ["t.me/drop"],
      author: "bob",
      community: "pics",
      permalink: "/r/pics/comments/g1/result_title/",
      hasMedia: true,
      name: null,
    });
  });

  it("names a result without data-fullname by its thread id, and skips one with neither or a promoted one", () => {
    const things = readAll(
      result("", title("/r/pics/comments/g2/t/")) +
        result("", `<a class="search-title" href="/r/pics/about/">t</a>`) +
        result("", "") +
        result('data-fullname="t3_g3" data-promoted="true"', title("/r/pics/comments/g3/t/")),
    );
    expect(things.map((thing) => thing?.id ?? null)).toEqual(["old-reddit:t3_g2", null, null, null]);
  });

  it("reads a result without rows as its title alone, with no author, community or media", () => {
    const [read] = readAll(result('data-fullname="t3_g4"', `<a class="search-subreddit-link"> r/news </a>`));
    expect(read).toMatchObject({ text: "", author: null, community: "news", permalink: null, links: [], hasMedia: false });
  });
});
