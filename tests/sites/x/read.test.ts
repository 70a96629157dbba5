// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { findPosts, readPost } from "../../../src/sites/x/read.ts";
import { elementAt, markupPage } from "../fixture-page.ts";

// Small pages in X's markup (docs/sites.md, "## X") for what the captured fixtures do not show: the edges of
// reading a post's author, text and id.

const page = markupPage;
const el = elementAt;
const time = (handle: string, id: string) => `<a href="/${handle}/status/${id}"><time datetime="2026-11-30T10:00:00.000Z">1h</time></a>`;
const userName = (name: string, handle: string) =>
  `<div data-testid="User-Name"><a href="/${handle}"><span>${name}</span></a><a href="/${handle}"><span>@${handle}</span></a></div>`;
const text = (words: string) => `<div data-testid="tweetText"><span>${words}</span></div>`;

afterEach(() => history.replaceState({}, "", "/"));

describe("reading a post on X", () => {
  it("reads the post's own words and author before a quoted post's, wherever the quote card sits", () => {
    page(`<article data-testid="tweet">
      <div role="link">${userName("Quoted Person", "quoted")}${text("what they said")}</div>
      ${userName("Alice", "alice")}${time("alice", "11")}${text("my own words")}
    </article>`);
    expect(readPost(el("article"))).toMatchObject({ id: "x:11", author: "alice", name: "Alice", text: "my own words\nwhat they said" });
  });

  it("tells its own text from a quote's even when the whole post sits inside a link", () => {
    page(`<div role="link"><article data-testid="tweet">
      <div role="link">${userName("Quoted Person", "quoted")}${text("what they said")}</div>
      ${userName("Alice", "alice")}${time("alice", "12")}${text("my own words")}
    </article></div>`);
    expect(readPost(el("article"))).toMatchObject({ author: "alice", name: "Alice", text: "my own words\nwhat they said" });
  });

  it("takes the author from the status link when the post shows no name of its own, never the quoted author's", () => {
    page(`<article data-testid="tweet">${time("alice", "13")}${text("hello")}
      <div role="link">${userName("Quoted Person", "quoted")}${text("quoted words")}</div></article>`);
    expect(readPost(el("article"))).toMatchObject({ author: "alice", name: null, permalink: "/alice/status/13" });
  });

  it("keeps the handle of the name block over the status link's", () => {
    page(`<article data-testid="tweet">${userName("Alice", "alice")}${time("bob", "14")}${text("hello")}</article>`);
    expect(readPost(el("article"))).toMatchObject({ author: "alice", permalink: "/bob/status/14" });
  });

  it("reads a display name that starts with @ as the name", () => {
    page(`<article data-testid="tweet"><div data-testid="User-Name"><a href="/alice"><span>@alice fan page</span></a><a href="/alice">@alice</a></div>
      ${time("alice", "15")}${text("hello")}</article>`);
    expect(readPost(el("article"))).toMatchObject({ author: "alice", name: "@alice fan page" });
  });

  it("reads an Article's title before its body, and a nested body once", () => {
    page(`<article data-testid="tweet">${time("alice", "16")}
      <div data-testid="twitter-article-title">The title</div>
      <div data-testid="twitterArticleRichTextView"><p>Intro</p><div data-testid="longformRichTextComponent"><p>Body</p></div></div>
      ${text("the post's words")}
    </article>`);
    const read = readPost(el("article"));
    expect(read?.text.split("\n")).toEqual(["The title", "Intro", "Body", "the post's words"]);
  });

  it("does not read X's default photo alt in any shipped language as the post's words", () => {
    const photos = ["Image", "Bild", "Imagen", "Imagem", "Gambar"].map((alt) => `<div data-testid="tweetPhoto"><img alt="${alt}" src="x.png"></div>`);
    page(`<article data-testid="tweet">${time("alice", "17")}${text("look")}${photos.join("")}
      <div data-testid="tweetPhoto"><img alt="leaked tape" src="y.png"></div></article>`);
    expect(readPost(el("article"))).toMatchObject({ text: "look\nleaked tape", hasMedia: true });
  });

  it("gives null, without throwing, for a time link whose href is not a URL", () => {
    page(`<article data-testid="tweet"><a href="http://[x"><time>1h</time></a>${text("hello")}</article>`);
    expect(readPost(el("article"))).toBeNull();
  });
});

describe("reading accounts on X", () => {
  it("reads a hover card whose only profile link is the @handle as that account, without a name", () => {
    page(`<div data-testid="HoverCard"><a href="/alice">@alice</a><div data-testid="UserDescription">leaks daily</div></div>`);
    expect(findPosts(document)).toEqual([el('[data-testid="HoverCard"]')]);
    expect(readPost(el('[data-testid="HoverCard"]'))).toMatchObject({ id: "x:user:alice", author: "alice", name: null, text: "leaks daily" });
  });

  it("gives null for a hover card that names no account", () => {
    page(`<div data-testid="HoverCard"><div data-testid="UserDescription">leaks daily</div></div>`);
    expect(readPost(el('[data-testid="HoverCard"]'))).toBeNull();
  });

  it("reads a card that is not in the page yet", () => {
    const card = new DOMParser().parseFromString(`<div data-testid="HoverCard"><a href="/alice">Alice</a></div>`, "text/html").body.firstElementChild;
    card?.remove();
    expect(card && readPost(card)).toMatchObject({ id: "x:user:alice", name: "Alice" });
  });

  it("covers only the name when no bio or header items share a block with it below the page", () => {
    page(`<main><div data-testid="UserName"><span>Alice</span><span>@alice</span></div></main>
      <aside><div data-testid="UserDescription">a bio elsewhere</div></aside>`);
    expect(findPosts(document)).toEqual([el('[data-testid="UserName"]')]);
  });

  it("reads a profile header that shows only the @handle without a name, and skips a block that is not the header's", () => {
    page(`<div id="header"><div data-testid="UserName"><div><span>@alice</span></div></div><div data-testid="UserDescription">bio</div></div>`);
    expect(readPost(el("#header"))).toMatchObject({ id: "x:user:alice", name: null, text: "bio" });
    expect(readPost(el('[data-testid="UserDescription"]'))).toBeNull();
  });
});

describe("reading direct messages on X", () => {
  const entry = (datetime: string, words: string) =>
    `<div data-testid="messageEntry"><time datetime="${datetime}">1h</time>${text(words)}</div>`;

  it("keys the older inbox's messages by conversation, time and text, links the conversation, reads them as comments", () => {
    history.replaceState({}, "", "/messages/123-456");
    page(entry("2026-11-30T10:00:00.000Z", "send the video") + entry("2026-11-30T11:00:00.000Z", "send the video"));
    const [first, second] = [...document.querySelectorAll('[data-testid="messageEntry"]')].map((m) => readPost(m));
    expect(first).toMatchObject({ kind: "comment", text: "send the video", permalink: expect.stringMatching(/\/123-456$/), hasMedia: false });
    expect(first?.id).toMatch(/^x:dm:123-456:[0-9a-z]+$/);
    expect(second?.id).not.toBe(first?.id);
    page(entry("2026-11-30T10:00:00.000Z", "send the video"));
    expect(readPost(el('[data-testid="messageEntry"]'))?.id).toBe(first?.id);
    page(entry("2026-11-30T10:00:00.000Z", "send the photo"));
    expect(readPost(el('[data-testid="messageEntry"]'))?.id).not.toBe(first?.id);
  });

  it("files a message outside a conversation's page under the inbox, with no link", () => {
    history.replaceState({}, "", "/home/messages/123");
    page(entry("2026-11-30T10:00:00.000Z", "hi"));
    expect(readPost(el('[data-testid="messageEntry"]'))).toMatchObject({ id: expect.stringMatching(/^x:dm:inbox:/), permalink: null });
  });

  it("keys XChat messages by their own id and reads the chat's conversation from /i/chat", () => {
    history.replaceState({}, "", "/i/chat/42-43");
    page(`<div data-testid="message-abc-1"><div data-testid="message-text-abc-1">hello there</div></div>`);
    expect(readPost(el('[data-testid="message-abc-1"]'))).toMatchObject({ id: "x:dm:42-43:abc-1", text: "hello there", permalink: "/i/chat/42-43" });
  });
});
