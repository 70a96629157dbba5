import { z } from "zod";
import { toSnapshot } from "../common/dom.ts";
import { readText } from "../common/text.ts";
import type { PostSnapshot } from "../snapshot.ts";
import { communityOf, pathOf, postLinks } from "./links.ts";

export const POST_TAG = "shreddit-post";
export const COMMENT_TAG = "shreddit-comment";
/** A comment as a profile page lists it: comment-id and href instead of thingid and permalink, no author, no slots. */
export const PROFILE_COMMENT_TAG = "shreddit-profile-comment";
/** Search results render each post as a unit of their own; public scrapers select both test ids. */
export const SEARCH_POST_SELECTOR = '[data-testid="search-sdui-post"], [data-testid="search-post-unit"]';
/** Comment search (`type=comments`) shows each hit as a card of its own: its thread's title, then the comment. */
export const SEARCH_COMMENT_SELECTOR = '[data-testid="search-sdui-comment-unit"]';
/** The comment inside that card: author line, body and score, without the thread's title. */
export const SEARCH_COMMENT_CONTENT = '[data-testid="search-comment-content"]';
export const POST_SELECTOR = `${POST_TAG}, ${COMMENT_TAG}, ${PROFILE_COMMENT_TAG}, ${SEARCH_POST_SELECTOR}, ${SEARCH_COMMENT_SELECTOR}`;
/** Ads and the comment-page ad slots; a post inside one (or nested in a crosspost card) is not scanned on its own. */
const EXCLUDING_ANCESTORS = `shreddit-ad-post, shreddit-comments-page-ad, shreddit-comment-tree-ad, ${POST_TAG}`;
const POST_ID = /^t3_[a-z\d]+$/i;
const COMMENT_ID = /^t1_[a-z\d]+$/i;
const MEDIA_TYPES = new Set(["image", "gallery", "video", "multi_media"]);
/** Rendered markdown: `.md` in older builds, the schema.org article body in 2026 ones (feed previews lost `.md`). */
const MARKDOWN = '[property="schema:articleBody"], .md';
/** Feed preview (an `a` or a shreddit-post-text-body) or the post page's full body; slotted, so `:scope >`. */
const TEXT_BODY_SELECTOR = `:scope > [slot="text-body"] :is(${MARKDOWN})`;
/**
 * A 2026 crosspost shows the original in its own media slot, with no shreddit-post of its own: the original's title
 * (a link to its thread) and its body.
 */
const CROSSPOSTED_SELECTOR = `:scope > [slot="post-media-container"] :is(a[href*="/comments/"], ${MARKDOWN})`;
/** A profile comment has no `[slot=comment]`; its markdown sits in two nested `.md` nodes with the same text. */
const PROFILE_COMMENT_BODY = `[slot="comment"], ${MARKDOWN}`;
const PROFILE_PATH = /^\/(?:user|u)\/([^/]+)/;

/** What search units carry as JSON; the page's own data, so parsed, never trusted. */
const TrackingContextSchema = z.object({
  comment: z.object({ id: z.string() }).partial().optional(),
  post: z.object({ id: z.string(), title: z.string() }).partial().optional(),
  profile: z.object({ name: z.string() }).partial().optional(),
  subreddit: z.object({ name: z.string() }).partial().optional(),
});
type TrackingContext = z.infer<typeof TrackingContextSchema>;

/** The matches not inside another match, so a body nested in a body is read once. */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

const joinLines = (parts: readonly string[]): string => parts.map((part) => part.trim()).filter(Boolean).join("\n");

/**
 * A comment's own body: directly under it in older builds, inside its `<details>` (next to the replies, which
 * have bodies of their own) in 2026 ones. Null for a deleted comment rather than a reply's body.
 */
export function commentBody(comment: Element): Element | null {
  return [...comment.querySelectorAll('[slot="comment"]')].find((el) => el.closest(COMMENT_TAG) === comment) ?? null;
}

export function isScannable(el: Element): boolean {
  if (el.parentElement?.closest(EXCLUDING_ANCESTORS) != null) return false;
  // A search unit that renders a shreddit-post is read through that post, so the post is judged once.
  return !el.matches(SEARCH_POST_SELECTOR) || el.querySelector(POST_TAG) === null;
}

interface Part {
  text: string;
  bodies: Element[];
}

function postText(post: Element): Part {
  const title = post.getAttribute("post-title") ?? post.querySelector(':scope > [slot="title"]')?.textContent ?? "";
  const bodies = outermost([...post.querySelectorAll(TEXT_BODY_SELECTOR)]);
  return { text: joinLines([title, ...bodies.map((body) => readText(body))]), bodies };
}

/** The original a crosspost shows without a post element of its own (one nested in a card is read as a post). */
function crosspostedText(post: Element): Part {
  if (post.getAttribute("post-type") !== "crosspost") return { text: "", bodies: [] };
  const parts = outermost([...post.querySelectorAll(CROSSPOSTED_SELECTOR)].filter((el) => el.closest(POST_TAG) === post));
  return { text: joinLines(parts.map((part) => readText(part))), bodies: parts };
}

function readShredditPost(post: Element): PostSnapshot | null {
  // A crosspost carries the original (a nested shreddit-post, or its title and body): what it says is shared too.
  const parts = [postText(post), ...[...post.querySelectorAll(POST_TAG)].map(postText), crosspostedText(post)];
  const permalink = post.getAttribute("permalink");
  return toSnapshot({
    id: `reddit:${post.id}`,
    site: "reddit",
    kind: "post",
    text: joinLines(parts.map((part) => part.text)),
    hashtags: [],
    links: postLinks(post.getAttribute("content-href"), parts.flatMap((part) => part.bodies)),
    author: post.getAttribute("author"),
    community: post.getAttribute("subreddit-name") ?? communityOf(permalink),
    permalink,
    hasMedia: MEDIA_TYPES.has(post.getAttribute("post-type") ?? ""),
    name: null,
  });
}

function commentSnapshot(id: string, body: Element | null, fields: { author: string | null; permalink: string | null }): PostSnapshot | null {
  return toSnapshot({
    id: `reddit:${id}`,
    site: "reddit",
    kind: "comment",
    text: body === null ? "" : readText(body),
    hashtags: [],
    links: postLinks(null, body === null ? [] : [body]),
    author: fields.author,
    community: communityOf(fields.permalink),
    permalink: fields.permalink,
    hasMedia: body?.querySelector("img, video") != null,
    name: null,
  });
}

/** A profile page lists its owner's comments only, so the route names the author the element leaves out. */
function profileOwner(el: Element): string | null {
  return PROFILE_PATH.exec(el.ownerDocument.location?.pathname ?? "")?.[1] ?? null;
}

/** A profile comment's body: the outer of its nested markdown nodes (the same text, read once). */
export function profileCommentBody(el: Element): Element | null {
  return outermost([...el.querySelectorAll(PROFILE_COMMENT_BODY)])[0] ?? null;
}

function readProfileComment(el: Element, id: string): PostSnapshot | null {
  return commentSnapshot(id, profileCommentBody(el), { author: profileOwner(el), permalink: pathOf(el.getAttribute("href")) });
}

function trackingContext(unit: Element): TrackingContext | null {
  try {
    const parsed = TrackingContextSchema.safeParse(JSON.parse(unit.getAttribute("data-faceplate-tracking-context") ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A search result: title link, thumbnail and the ids its tracking context names; the card shows no body. */
function readSearchPost(unit: Element): PostSnapshot | null {
  const context = trackingContext(unit);
  const id = unit.getAttribute("data-thingid") ?? context?.post?.id ?? "";
  if (!POST_ID.test(id)) return null;
  const titleLink = unit.querySelector('[data-testid="post-title"]');
  const title = (titleLink === null ? "" : readText(titleLink)) || (titleLink?.getAttribute("aria-label") ?? context?.post?.title ?? "");
  const permalink = pathOf(titleLink?.getAttribute("href") ?? null);
  return toSnapshot({
    id: `reddit:${id}`,
    site: "reddit",
    kind: "post",
    text: title.trim(),
    hashtags: [],
    links: [],
    author: context?.profile?.name ?? null,
    community: context?.subreddit?.name ?? communityOf(permalink),
    permalink,
    hasMedia: unit.querySelector('[data-testid="search_post_thumbnail"]') !== null,
    name: null,
  });
}

/**
 * A comment search hit: the card's trackers name the comment, its body is the rich-text node inside the content box
 * (the author line and score are beside it), and its permalink is the link labelled by that body.
 */
function readSearchComment(unit: Element): PostSnapshot | null {
  const tracker = unit.querySelector("search-telemetry-tracker[data-faceplate-tracking-context]");
  const id = (tracker === null ? null : trackingContext(tracker))?.comment?.id ?? "";
  if (!COMMENT_ID.test(id)) return null;
  const content = unit.querySelector(SEARCH_COMMENT_CONTENT);
  return commentSnapshot(id, content?.querySelector('[id$="-post-rtjson-content"]') ?? null, {
    // The author line's link goes nowhere (`href="#"`): its text is the name.
    author: content?.querySelector('a[href="#"]')?.textContent.trim() || null,
    permalink: pathOf(content?.querySelector('a[aria-labelledby^="comment-content-"]')?.getAttribute("href") ?? null),
  });
}

export function readRedditPost(el: Element): PostSnapshot | null {
  if (!isScannable(el)) return null;
  if (el.localName === POST_TAG) return POST_ID.test(el.id) ? readShredditPost(el) : null;
  if (el.localName === COMMENT_TAG) {
    const thingid = el.getAttribute("thingid") ?? "";
    return COMMENT_ID.test(thingid) ? commentSnapshot(thingid, commentBody(el), { author: el.getAttribute("author"), permalink: el.getAttribute("permalink") }) : null;
  }
  if (el.localName === PROFILE_COMMENT_TAG) {
    const id = el.getAttribute("comment-id") ?? "";
    return COMMENT_ID.test(id) ? readProfileComment(el, id) : null;
  }
  if (el.matches(SEARCH_COMMENT_SELECTOR)) return readSearchComment(el);
  return el.matches(SEARCH_POST_SELECTOR) ? readSearchPost(el) : null;
}
