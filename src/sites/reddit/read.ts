import { toSnapshot } from "../common/dom.ts";
import { readText } from "../common/text.ts";
import type { PostSnapshot } from "../snapshot.ts";
import { communityOf, postLinks } from "./links.ts";

export const POST_TAG = "shreddit-post";
export const COMMENT_TAG = "shreddit-comment";
export const POST_SELECTOR = `${POST_TAG}, ${COMMENT_TAG}`;
/** Ads and the comment-page ad slots; a post inside one (or nested in a crosspost card) is not scanned on its own. */
const EXCLUDING_ANCESTORS = `shreddit-ad-post, shreddit-comments-page-ad, shreddit-comment-tree-ad, ${POST_TAG}`;
const POST_ID = /^t3_[a-z\d]+$/i;
const COMMENT_ID = /^t1_[a-z\d]+$/i;
const MEDIA_TYPES = new Set(["image", "gallery", "video", "multi_media"]);
/**
 * Where the body sits, by view-context: the post page renders the full body, feeds a preview (an `a` or a
 * shreddit-post-text-body). Slotted elements are always direct children of the post, hence `:scope >`.
 */
const BODY_SELECTOR = {
  CommentsPage: ':scope > shreddit-post-text-body[slot="text-body"] div.md',
  feed: ':scope > [slot="text-body"] .md',
} as const;
const COMMENT_BODY_SELECTOR = ':scope > div[slot="comment"]';

export function isScannable(el: Element): boolean {
  return el.parentElement?.closest(EXCLUDING_ANCESTORS) == null;
}

function postText(post: Element): { text: string; bodies: Element[] } {
  const title = post.getAttribute("post-title") ?? post.querySelector(':scope > [slot="title"]')?.textContent ?? "";
  const context = post.getAttribute("view-context") === "CommentsPage" ? "CommentsPage" : "feed";
  const bodies = [...post.querySelectorAll(BODY_SELECTOR[context])];
  return { text: [title, ...bodies.map((body) => readText(body))].map((part) => part.trim()).filter(Boolean).join("\n"), bodies };
}

function readShredditPost(post: Element): PostSnapshot | null {
  const own = postText(post);
  // A crosspost card holds the original as a nested shreddit-post: what it says is part of what is shared.
  const crossposted = [...post.querySelectorAll(POST_TAG)].map(postText);
  const permalink = post.getAttribute("permalink");
  return toSnapshot({
    id: `reddit:${post.id}`,
    site: "reddit",
    kind: "post",
    text: [own, ...crossposted].map((part) => part.text).filter(Boolean).join("\n"),
    hashtags: [],
    links: postLinks(post.getAttribute("content-href"), [own, ...crossposted].flatMap((part) => part.bodies)),
    author: post.getAttribute("author"),
    community: post.getAttribute("subreddit-name") ?? communityOf(permalink),
    permalink,
    hasMedia: MEDIA_TYPES.has(post.getAttribute("post-type") ?? ""),
    name: null,
  });
}

function readComment(comment: Element, thingid: string): PostSnapshot | null {
  const body = comment.querySelector(COMMENT_BODY_SELECTOR);
  const permalink = comment.getAttribute("permalink");
  return toSnapshot({
    id: `reddit:${thingid}`,
    site: "reddit",
    kind: "comment",
    text: body === null ? "" : readText(body),
    hashtags: [],
    links: postLinks(null, body === null ? [] : [body]),
    author: comment.getAttribute("author"),
    community: communityOf(permalink),
    permalink,
    hasMedia: body?.querySelector("img, video") != null,
    name: null,
  });
}

export function readRedditPost(el: Element): PostSnapshot | null {
  if (!isScannable(el)) return null;
  if (el.localName === POST_TAG && POST_ID.test(el.id)) return readShredditPost(el);
  const thingid = el.getAttribute("thingid") ?? "";
  if (el.localName === COMMENT_TAG && COMMENT_ID.test(thingid)) return readComment(el, thingid);
  return null;
}
