import { FNV_OFFSET, fnvString } from "../../rules/model/hash.ts";
import { elementsAt, safely, toSnapshot } from "../common/dom.ts";
import { linkForm, parseUrl, unique } from "../common/links.ts";
import { readText, tidy } from "../common/text.ts";
import type { PostSnapshot } from "../snapshot.ts";

// Every selector below is listed in docs/sites.md ("## X") with the public capture that shows it.
const TWEET_SELECTOR = 'article[data-testid="tweet"]';
/** An Article's own page (/<handle>/article/<id>): the read view stands alone, outside any tweet article. */
const READ_VIEW_SELECTOR = '[data-testid="twitterArticleReadView"]';
const HOVER_CARD_SELECTOR = '[data-testid="HoverCard"]';
/** XChat (/i/chat) wraps each message in message-<id>; its text sits in message-text-<id>. */
const CHAT_MESSAGE_SELECTOR = '[data-testid^="message-"]:not([data-testid^="message-text-"])';
const CHAT_TEXT_SELECTOR = '[data-testid^="message-text-"]';
/** The older /messages inbox: one messageEntry per message, its text in a tweetText block. */
const DM_ENTRY_SELECTOR = '[data-testid="messageEntry"]';
const OTHER_POST_SELECTORS = [READ_VIEW_SELECTOR, HOVER_CARD_SELECTOR, CHAT_MESSAGE_SELECTOR, DM_ENTRY_SELECTOR];
export const POST_SELECTOR = [TWEET_SELECTOR, ...OTHER_POST_SELECTORS].join(",");

const PROFILE_NAME_SELECTOR = '[data-testid="UserName"]';
const PROFILE_PARTS_SELECTOR = '[data-testid="UserDescription"], [data-testid="UserProfileHeader_Items"]';
const BIO_SELECTOR = '[data-testid="UserDescription"]';
const USER_URL_SELECTOR = '[data-testid="UserUrl"]';
const FOLLOW_INDICATOR_SELECTOR = '[data-testid="userFollowIndicator"]';

const PROMOTED_SELECTOR = '[data-testid="placementTracking"]';
const TEXT_SELECTOR = '[data-testid="tweetText"]';
/** An Article's title and body, outermost first: the body test id nests (RichTextView > longformRichTextComponent). */
const ARTICLE_TEXT_SELECTOR = [
  '[data-testid="twitter-article-title"]',
  '[data-testid="twitterArticleRichTextView"]',
  '[data-testid="longformRichTextComponent"]',
].join(",");
const PHOTO_ALT_SELECTOR = '[data-testid="tweetPhoto"] img[alt]';
const CARD_SELECTOR = '[data-testid="card.wrapper"]';
/** The quoted post's card; the outer post never sits inside a role=link container of its own article. */
const QUOTE_CARD_SELECTOR = '[role="link"]';
const MEDIA_SELECTOR = ['[data-testid="tweetPhoto"]', '[data-testid="videoPlayer"]', '[data-testid="videoComponent"]', CARD_SELECTOR].join(",");
const TCO_SELECTOR = 'a[href^="https://t.co/"]';
const HASHTAG_SELECTOR = 'a[href^="/hashtag/"]';
const USER_NAME_SELECTOR = '[data-testid="User-Name"]';
const HANDLE_PATH = /^\/(\w{1,15})\/?$/;
const HANDLE_TEXT = /^@(\w{1,15})$/;
/** The post's own status link; an Article's page links its analytics (/status/<id>/analytics) instead of its time. */
const STATUS_PATH = /^\/(\w{1,15})\/status\/(\d+)\/?$/;
const ANALYTICS_PATH = /^\/(\w{1,15})\/status\/(\d+)\/analytics\/?$/;
const CHAT_ID = /^message-([\w-]+)$/;
/**
 * The alt X gives a photo whose author wrote none, in the languages we ship and the one the captures show:
 * it says nothing about the post, so it is not read as its text.
 */
const DEFAULT_ALTS = new Set(["Image", "Bild", "Imagen", "Imagem", "Gambar", "图像"]);
const HOST = "https://x.com";

const pathOf = (link: Element | null): string => parseUrl(link?.getAttribute("href") ?? "", HOST)?.pathname ?? "";

/** Promoted posts are wrapped by placementTracking; the same test id inside a post wraps videos, so ancestors only. */
export function isPromoted(article: Element): boolean {
  return article.parentElement?.closest(PROMOTED_SELECTOR) != null;
}

/**
 * A profile's header has no element of its own: its post is the smallest block holding the name (UserName)
 * with the bio or the header items (location, link), so the cover hides exactly those and not the timeline.
 */
function profileBlockOf(name: Element): Element {
  for (let el = name.parentElement; el !== null && el.localName !== "body"; el = el.parentElement) {
    if (el.querySelector(PROFILE_PARTS_SELECTOR) !== null) return el;
  }
  return name;
}

const inDocumentOrder = (elements: Iterable<Element>): Element[] =>
  [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

/** Post elements at or under root: tweets (not promoted), Article pages, profile headers, hover cards, messages. */
export function findPosts(root: ParentNode): Element[] {
  const tweets = elementsAt(root, TWEET_SELECTOR).filter(isPost);
  // One query per kind: Chromium answers each single test-id selector on its fast path, a selector list is ~2× the
  // sum (measured on 25,800 elements: 0.2 ms for the tweets, 2.8 ms for the list, ~1.2 ms for the five apart).
  const others = OTHER_POST_SELECTORS.flatMap((selector) => elementsAt(root, selector)).filter(isPost);
  // A name inside a hover card belongs to the card, which is a post of its own.
  const headers = elementsAt(root, PROFILE_NAME_SELECTOR)
    .map(profileBlockOf)
    .filter((block) => block.closest(HOVER_CARD_SELECTOR) === null && !others.includes(block));
  return others.length + headers.length === 0 ? tweets : inDocumentOrder(new Set([...tweets, ...others, ...headers]));
}

function isPost(el: Element): boolean {
  if (el.matches(TWEET_SELECTOR)) return !isPromoted(el);
  // Inside a tweet (an Article on its status page) the tweet is the post, read with what it holds.
  return el.parentElement?.closest(TWEET_SELECTOR) == null;
}

interface Status {
  handle: string;
  id: string;
}

function statusIn(post: Element, selector: string, path: RegExp): Status | null {
  for (const el of post.querySelectorAll(selector)) {
    const match = path.exec(pathOf(el.closest("a[href]")));
    if (match?.[1] !== undefined && match[2] !== undefined) return { handle: match[1], id: match[2] };
  }
  return null;
}

/** The status the post's own `<time>` links to (photo and analytics links share the prefix and are skipped). */
const statusOf = (article: Element): Status | null => statusIn(article, "time", STATUS_PATH);

/** The name of the account a link list names: the first profile link whose text is not the "@handle". */
function linkedName(container: Element): { name: string | null; handle: string | null } {
  let handle: string | null = null;
  for (const link of container.querySelectorAll("a[href]")) {
    const match = HANDLE_PATH.exec(pathOf(link));
    if (match?.[1] === undefined) continue;
    handle ??= match[1];
    const text = readText(link);
    if (text !== "" && !HANDLE_TEXT.test(text)) return { name: text, handle: match[1] };
  }
  return { name: null, handle };
}

/** The outer post's author block; a quoted post's card has its own, after it. */
function ownUserName(article: Element): Element | null {
  for (const block of article.querySelectorAll(USER_NAME_SELECTOR)) if (!isQuoted(article, block)) return block;
  return null;
}

function isQuoted(article: Element, el: Element): boolean {
  const card = el.closest(QUOTE_CARD_SELECTOR);
  return card !== null && article.contains(card) && card !== article;
}

/** t.co anchors read as the real URL their text spells out (hidden scheme and remainder included, "…" dropped). */
function rewriteLink(el: Element): string | null {
  return el.matches(TCO_SELECTOR) ? linkForm(el.textContent ?? "") : null;
}

function hashtagOf(link: Element): string {
  const path = pathOf(link).slice("/hashtag/".length);
  return safely(() => decodeURIComponent(path), path);
}

/** Outermost matches only, so a nested test id (an Article's body in its rich-text view) is not read twice. */
function outermost(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => {
    const outer = el.parentElement?.closest(selector);
    return outer == null || !root.contains(outer);
  });
}

/**
 * What the post says, in reading order: its text (or its Article's title and body), then the quoted post's,
 * then what media-only posts carry: the photos' alt text and the link card's title.
 */
function textBlocks(post: Element): Element[] {
  const ordered = inDocumentOrder([...outermost(post, TEXT_SELECTOR), ...outermost(post, ARTICLE_TEXT_SELECTOR)]);
  return [...ordered.filter((el) => !isQuoted(post, el)), ...ordered.filter((el) => isQuoted(post, el))];
}

function mediaTexts(post: Element): string[] {
  const alts = [...post.querySelectorAll(PHOTO_ALT_SELECTOR)].map((img) => tidy(img.getAttribute("alt") ?? "")).filter((alt) => !DEFAULT_ALTS.has(alt));
  // A large card shows only its domain: its headline lives in the link's aria-label ("domain headline").
  const cards = [...post.querySelectorAll(CARD_SELECTOR)].flatMap((card) => [
    ...[...card.querySelectorAll("a[aria-label]")].map((a) => tidy(a.getAttribute("aria-label") ?? "")),
    readText(card),
  ]);
  return [...alts, ...cards];
}

interface Parts {
  id: string;
  kind: PostSnapshot["kind"];
  blocks: Element[];
  extra: string[];
  /** Links shown outside the text blocks (a profile's link), in the same form as the text's t.co links. */
  links: string[];
  author: string | null;
  name: string | null;
  permalink: string | null;
  hasMedia: boolean;
}

function snapshot(parts: Parts): PostSnapshot | null {
  const text = [...parts.blocks.map((block) => readText(block, rewriteLink)), ...parts.extra].filter((line) => line !== "");
  return toSnapshot({
    id: parts.id,
    site: "x",
    kind: parts.kind,
    text: unique(text).join("\n"),
    hashtags: unique(parts.blocks.flatMap((block) => [...block.querySelectorAll(HASHTAG_SELECTOR)].map(hashtagOf))),
    links: unique([...parts.blocks.flatMap((block) => [...block.querySelectorAll(TCO_SELECTOR)].map((a) => linkForm(a.textContent ?? ""))), ...parts.links]),
    author: parts.author,
    community: null,
    permalink: parts.permalink,
    hasMedia: parts.hasMedia,
    name: parts.name === "" ? null : parts.name,
  });
}

function readTweet(article: Element, status: Status | null): PostSnapshot | null {
  if (status === null) return null;
  // An Article's page has no User-Name block: its author's links sit in the read view, before the body.
  const author = ownUserName(article) ?? (article.matches(READ_VIEW_SELECTOR) ? article : null);
  const { name, handle } = author === null ? { name: null, handle: null } : linkedName(author);
  return snapshot({
    id: `x:${status.id}`,
    kind: "post",
    blocks: textBlocks(article),
    extra: mediaTexts(article),
    links: [],
    author: handle ?? status.handle,
    name,
    permalink: `/${status.handle}/status/${status.id}`,
    hasMedia: article.querySelector(MEDIA_SELECTOR) !== null,
  });
}

/** Profile headers and hover cards show one account: name, bio and link, keyed by handle so both read as one. */
function readAccount(block: Element, handle: string | null, name: string | null): PostSnapshot | null {
  if (handle === null) return null;
  const url = block.querySelector(USER_URL_SELECTOR);
  const link = url === null ? [] : [linkForm(readText(url))];
  return snapshot({
    id: `x:user:${handle.toLowerCase()}`,
    kind: "post",
    blocks: [...block.querySelectorAll(BIO_SELECTOR)],
    extra: link,
    links: link,
    author: handle,
    name,
    permalink: `/${handle}`,
    hasMedia: false,
  });
}

/** The profile header's name block: "Name" then "@handle" (and "Follows you"), none of them links. */
function readProfile(block: Element): PostSnapshot | null {
  const nameEl = block.matches(PROFILE_NAME_SELECTOR) ? block : block.querySelector(PROFILE_NAME_SELECTOR);
  if (nameEl === null || profileBlockOf(nameEl) !== block) return null;
  const handleEl = [...nameEl.querySelectorAll("span, div")].find((el) => HANDLE_TEXT.test(tidy(el.textContent ?? "")));
  const handle = HANDLE_TEXT.exec(tidy(handleEl?.textContent ?? ""))?.[1] ?? null;
  const name = readText(nameEl, (el) => (el === handleEl || el.matches(FOLLOW_INDICATOR_SELECTOR) ? "" : null));
  return readAccount(block, handle, name);
}

function readHoverCard(card: Element): PostSnapshot | null {
  const { name, handle } = linkedName(card);
  return readAccount(card, handle, name);
}

/** The conversation a message belongs to, from the page's path: /i/chat/<ids>, or /messages/<id> in the older inbox. */
function conversationOf(el: Element): { id: string; path: string } | null {
  const match = /^\/(?:i\/chat|messages)\/([\w-]+)/.exec(el.ownerDocument.defaultView?.location.pathname ?? "");
  return match?.[1] === undefined ? null : { id: match[1], path: match[0] };
}

function readMessage(el: Element): PostSnapshot | null {
  const chat = CHAT_ID.exec(el.getAttribute("data-testid") ?? "");
  const blocks = chat === null ? outermost(el, TEXT_SELECTOR) : [...el.querySelectorAll(CHAT_TEXT_SELECTOR)];
  if (blocks.length === 0) return null;
  const conversation = conversationOf(el);
  // The older inbox gives a message no id of its own: its time and text stand for it, within its conversation.
  const key = () => (fnvString(FNV_OFFSET, `${el.querySelector("time")?.getAttribute("datetime") ?? ""}\n${blocks.map((b) => readText(b)).join("\n")}`) >>> 0).toString(36);
  const { name, handle } = linkedName(el);
  return snapshot({
    id: `x:dm:${conversation?.id ?? "inbox"}:${chat?.[1] ?? key()}`,
    kind: "comment",
    blocks,
    extra: [],
    links: [],
    author: handle,
    name,
    permalink: conversation?.path ?? null,
    hasMedia: false,
  });
}

export function readPost(post: Element): PostSnapshot | null {
  if (post.matches(TWEET_SELECTOR)) return isPromoted(post) ? null : readTweet(post, statusOf(post));
  if (!isPost(post)) return null;
  if (post.matches(READ_VIEW_SELECTOR)) return readTweet(post, statusOf(post) ?? statusIn(post, "a[href]", ANALYTICS_PATH));
  if (post.matches(HOVER_CARD_SELECTOR)) return readHoverCard(post);
  if (post.matches(`${CHAT_MESSAGE_SELECTOR}, ${DM_ENTRY_SELECTOR}`)) return readMessage(post);
  return readProfile(post);
}

/** Where the cover goes: a message's text bubble, not its whole row (which spans the conversation's width). */
export function overlayHostOf(post: Element): Element {
  if (post.matches(CHAT_MESSAGE_SELECTOR)) return post.querySelector(CHAT_TEXT_SELECTOR) ?? post;
  if (post.matches(DM_ENTRY_SELECTOR)) return outermost(post, TEXT_SELECTOR)[0] ?? post;
  return post;
}
