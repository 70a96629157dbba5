// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { readRedditPost } from "../../../src/sites/reddit/read.ts";
import { elementAt, markupPage } from "../fixture-page.ts";

// Small pages in new Reddit's markup (docs/sites.md) for what the captured fixtures do not show: the edges of
// reading a post's title, body, ids, author and community.

const page = markupPage;
const el = elementAt;
const read = (selector: string) => readRedditPost(el(selector));
const searchUnit = (attributes: string, inner = "") => `<div data-testid="search-post-unit" ${attributes}>${inner}</div>`;
const tracking = (context: unknown) => `data-faceplate-tracking-context='${JSON.stringify(context)}'`;

afterEach(() => history.replaceState({}, "", "/"));

describe("reading a new Reddit post", () => {
  it("reads a body nested in another body once, under the title without its padding", () => {
    page(`<shreddit-post id="t3_a1" post-title="  The title  "><div slot="text-body"><div class="md">
      <div property="schema:articleBody"><p>Body words</p></div></div></div></shreddit-post>`);
    expect(read("shreddit-post")?.text).toBe("The title\nBody words");
  });

  it("takes the title attribute over the title slot, the slot without it, and reads a post with neither", () => {
    page(`<shreddit-post id="t3_a2" post-title="From the attribute"><h1 slot="title">From the slot</h1></shreddit-post>
      <shreddit-post id="t3_a3"><h1 slot="title">From the slot</h1></shreddit-post>
      <shreddit-post id="t3_a4"><div slot="text-body"><div class="md"><p>Only a body</p></div></div></shreddit-post>`);
    expect(read("#t3_a2")?.text).toBe("From the attribute");
    expect(read("#t3_a3")?.text).toBe("From the slot");
    expect(read("#t3_a4")?.text).toBe("Only a body");
  });

  it("reads a thread link in a media post's media slot as no words of the post", () => {
    page(`<shreddit-post id="t3_a5" post-title="A photo" post-type="image">
      <div slot="post-media-container"><a href="/r/pics/comments/zz9/other/">Another thread's title</a></div></shreddit-post>`);
    expect(read("shreddit-post")).toMatchObject({ text: "A photo", hasMedia: true });
  });

  it("names the community from subreddit-name first, else from the permalink", () => {
    page(`<shreddit-post id="t3_a6" post-title="t" subreddit-name="news"></shreddit-post>
      <shreddit-post id="t3_a7" post-title="t" subreddit-name="news" permalink="/r/other/comments/a7/t/"></shreddit-post>
      <shreddit-post id="t3_a8" post-title="t" permalink="/r/other/comments/a8/t/"></shreddit-post>`);
    expect(["#t3_a6", "#t3_a7", "#t3_a8"].map((id) => read(id)?.community)).toEqual(["news", "news", "other"]);
  });

  it("reads a post that is not in a page yet", () => {
    const post = document.createElement("shreddit-post");
    post.id = "t3_a9";
    post.setAttribute("post-title", "Not placed yet");
    expect(readRedditPost(post)).toMatchObject({ id: "reddit:t3_a9", text: "Not placed yet" });
  });

  it("reads only exact fullnames as ids", () => {
    page(`<shreddit-post id="xt3_b1" post-title="t"></shreddit-post><shreddit-post id="t3_b2-x" post-title="t"></shreddit-post>
      <shreddit-comment thingid="xt1_b3"><div slot="comment"><p>c</p></div></shreddit-comment>
      <shreddit-comment thingid="t1_b4-x"><div slot="comment"><p>c</p></div></shreddit-comment>
      <shreddit-profile-comment comment-id="t1_b5-x"><div class="md"><p>c</p></div></shreddit-profile-comment>`);
    const all = [...document.querySelectorAll("shreddit-post, shreddit-comment, shreddit-profile-comment")];
    expect(all.map((post) => readRedditPost(post))).toEqual([null, null, null, null, null]);
  });
});

describe("reading a new Reddit comment", () => {
  it("marks a comment with a picture or a video as media, and one with words only as not", () => {
    page(`<shreddit-comment thingid="t1_c1"><div slot="comment"><p>look</p><img src="x.png" alt=""></div></shreddit-comment>
      <shreddit-comment thingid="t1_c2"><div slot="comment"><video></video></div></shreddit-comment>
      <shreddit-comment thingid="t1_c3"><div slot="comment"><p>words only</p></div></shreddit-comment>`);
    expect(["t1_c1", "t1_c2", "t1_c3"].map((id) => read(`[thingid="${id}"]`)?.hasMedia)).toEqual([true, true, false]);
  });

  it("names a profile comment's author from a profile route only", () => {
    const html = `<shreddit-profile-comment comment-id="t1_d1" href="/r/news/comments/abc/t/d1/"><div class="md"><p>hi</p></div></shreddit-profile-comment>`;
    page(html);
    history.replaceState({}, "", "/user/alice/comments/");
    expect(read("shreddit-profile-comment")).toMatchObject({ author: "alice", community: "news", text: "hi" });
    history.replaceState({}, "", "/r/u/comments/abc/t/");
    expect(read("shreddit-profile-comment")?.author).toBeNull();
    history.replaceState({}, "", "/r/news/");
    expect(read("shreddit-profile-comment")?.author).toBeNull();
    // A document with no address (one a script built) names no one.
    const built = document.implementation.createHTMLDocument();
    built.body.append(built.importNode(el("shreddit-profile-comment"), true));
    expect(readRedditPost(built.body.firstElementChild as Element)).toMatchObject({ id: "reddit:t1_d1", author: null });
  });
});

describe("reading a new Reddit search result", () => {
  it("takes the id, title, author and community from the tracking context when the unit has no attributes", () => {
    page(searchUnit(tracking({ post: { id: "t3_s1", title: "  Context title  " }, profile: { name: "bob" }, subreddit: { name: "news" } })));
    expect(read("div")).toMatchObject({ id: "reddit:t3_s1", text: "Context title", author: "bob", community: "news", permalink: null });
  });

  it("reads a unit whose tracking context leaves out the author and community", () => {
    page(searchUnit(tracking({ post: { id: "t3_s2" } }), `<a data-testid="post-title" href="/r/pics/comments/s2/t/">Link title</a>`));
    expect(read("div")).toMatchObject({ id: "reddit:t3_s2", text: "Link title", author: null, community: "pics" });
  });

  it("reads a unit with an id but no tracking context, and skips one with neither", () => {
    page(searchUnit('data-thingid="t3_s3"') + searchUnit(""));
    const [withId, without] = [...document.querySelectorAll("div")];
    expect(readRedditPost(withId as Element)).toMatchObject({ id: "reddit:t3_s3", text: "", author: null, community: null });
    expect(readRedditPost(without as Element)).toBeNull();
  });

  it("takes the title link's words over its label, and the label when the link shows no words", () => {
    page(
      searchUnit('data-thingid="t3_s4"', `<a data-testid="post-title" aria-label="The label">The words</a>`) +
        searchUnit('data-thingid="t3_s5"', `<a data-testid="post-title" aria-label="  The label  "><img src="t.png"></a>`),
    );
    const [words, label] = [...document.querySelectorAll("div")].map((unit) => readRedditPost(unit)?.text);
    expect([words, label]).toEqual(["The words", "The label"]);
  });
});

describe("reading a new Reddit search result with little to go on", () => {
  it("reads a unit whose tracking context names no post by its own id, and skips one without an id", () => {
    page(searchUnit(`data-thingid="t3_s6" ${tracking({ subreddit: { name: "news" } })}`) + searchUnit(tracking({ subreddit: { name: "news" } })));
    const [withId, without] = [...document.querySelectorAll("div")];
    expect(readRedditPost(withId as Element)).toMatchObject({ id: "reddit:t3_s6", text: "", community: "news" });
    expect(readRedditPost(without as Element)).toBeNull();
  });

  it("marks a mixed-media post as media", () => {
    page(`<shreddit-post id="t3_s7" post-title="t" post-type="multi_media"></shreddit-post>`);
    expect(read("shreddit-post")?.hasMedia).toBe(true);
  });
});

describe("reading a new Reddit comment search hit", () => {
  const card = (context: unknown, content = "") =>
    `<div data-testid="search-sdui-comment-unit">${context === null ? "" : `<search-telemetry-tracker ${tracking(context)}></search-telemetry-tracker>`}${content}</div>`;
  const body = (id: string, words: string) => `<div id="search-comment-${id}-post-rtjson-content"><p>${words}</p></div>`;
  const hits = () => [...document.querySelectorAll('[data-testid="search-sdui-comment-unit"]')].map((unit) => readRedditPost(unit));

  it("skips a card whose trackers name no comment", () => {
    page(card(null, `<div data-testid="search-comment-content">${body("t1_q1", "words")}</div>`) + card({ post: { id: "t3_q2" } }));
    expect(hits()).toEqual([null, null]);
  });

  it("reads the author line's name and the permalink when the card shows them, and null when it does not", () => {
    page(
      card({ comment: { id: "t1_q3" } }) +
        card({ comment: { id: "t1_q4" } }, `<div data-testid="search-comment-content"><a href="#">  bob  </a>${body("t1_q4", "words")}</div>`) +
        card(
          { comment: { id: "t1_q5" } },
          `<div data-testid="search-comment-content"><a aria-labelledby="comment-content-t3_q" href="/r/news/comments/q/t/q5/"></a>${body("t1_q5", "more words")}</div>`,
        ),
    );
    expect(hits()).toEqual([
      expect.objectContaining({ id: "reddit:t1_q3", kind: "comment", text: "", author: null, permalink: null }),
      expect.objectContaining({ id: "reddit:t1_q4", text: "words", author: "bob", permalink: null }),
      expect.objectContaining({ id: "reddit:t1_q5", text: "more words", author: null, permalink: "/r/news/comments/q/t/q5/", community: "news" }),
    ]);
  });
});
