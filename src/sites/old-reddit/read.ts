import { toSnapshot } from "../common/dom.ts";
import { parseUrl } from "../common/links.ts";
import { readText } from "../common/text.ts";
import { postLinks } from "../reddit/links.ts";
import type { PostSnapshot } from "../snapshot.ts";

export const THING_SELECTOR = 'div.thing[data-fullname]:is([data-type="link"], [data-type="comment"])';
/** Scoped to the thing's own entry: unscoped, `.md` would also match every reply below a comment. */
const TITLE_SELECTOR = ":scope > .entry p.title a.title";
const SELF_TEXT_SELECTOR = ":scope > .entry .expando .usertext-body .md";
const COMMENT_BODY_SELECTOR = ":scope > .entry .usertext-body .md";
/** A link (t3) or comment (t1) fullname; anything else is not a thing we can key on. */
const FULLNAME = /^t[13]_[a-z\d]+$/i;
const MEDIA_HOSTS = new Set(["i.redd.it", "v.redd.it", "preview.redd.it", "i.imgur.com", "imgur.com"]);

export function isScannable(thing: Element): boolean {
  return thing.getAttribute("data-promoted") !== "true";
}

/** Image, video and gallery posts: their data-url points at Reddit's media hosts, an image host or a gallery. */
function isMediaUrl(dataUrl: string | null): boolean {
  const url = dataUrl === null ? null : parseUrl(dataUrl, "https://old.reddit.com");
  return url !== null && (MEDIA_HOSTS.has(url.hostname) || url.pathname.startsWith("/gallery/"));
}

export function readThing(thing: Element): PostSnapshot | null {
  const fullname = thing.getAttribute("data-fullname") ?? "";
  if (!thing.matches(THING_SELECTOR) || !isScannable(thing) || !FULLNAME.test(fullname)) return null;
  const kind = thing.getAttribute("data-type") === "comment" ? "comment" : "post";
  const title = kind === "post" ? thing.querySelector(TITLE_SELECTOR) : null;
  // On listings the self-text is absent until the expando loads; the scanner rescans when it fills in.
  const bodies = [...thing.querySelectorAll(kind === "post" ? SELF_TEXT_SELECTOR : COMMENT_BODY_SELECTOR)];
  const dataUrl = thing.getAttribute("data-url");
  return toSnapshot({
    id: `old-reddit:${fullname}`,
    site: "old-reddit",
    kind,
    text: [title, ...bodies].map((el) => (el === null ? "" : readText(el))).filter(Boolean).join("\n"),
    hashtags: [],
    links: postLinks(kind === "post" ? dataUrl : null, bodies),
    author: thing.getAttribute("data-author"),
    community: thing.getAttribute("data-subreddit"),
    permalink: thing.getAttribute("data-permalink"),
    hasMedia: kind === "post" && isMediaUrl(dataUrl),
    name: null,
  });
}
