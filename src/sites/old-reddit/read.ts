import { toSnapshot } from "../common/dom.ts";
import { parseUrl } from "../common/links.ts";
import { readText } from "../common/text.ts";
import { pathOf, postLinks } from "../reddit/links.ts";
import type { PostSnapshot } from "../snapshot.ts";

/**
 * Links and comments. Most listings say which in data-type; some (the 2026 front page, profiles) only in the class
 * list Reddit's templates always write (`thing id-t3_… link`). Search results are no things: each is a
 * `search-result-link` of its own.
 */
const THING = 'div.thing:is([data-type="link"], [data-type="comment"], .link, .comment)';
const SEARCH_RESULT = "div.search-result-link";
export const THING_SELECTOR = `${THING}, ${SEARCH_RESULT}`;
/** Scoped to the thing's own entry: unscoped, `.md` would also match every reply below a comment. */
const TITLE_SELECTOR = ":scope > .entry p.title a.title";
const SELF_TEXT_SELECTOR = ":scope > .entry .expando .usertext-body .md";
const COMMENT_BODY_SELECTOR = ":scope > .entry .usertext-body .md";
/** A link (t3) or comment (t1) fullname; anything else is not a thing we can key on. */
const FULLNAME = /^t[13]_[a-z\d]+$/i;
/** Where a thing without data-fullname still names itself: its `id-<fullname>` class or `thing_<fullname>` id. */
const FULLNAME_CLASS = /^id-(t[13]_[a-z\d]+)$/i;
const THREAD_ID = /\/comments\/([a-z\d]+)\//i;
const MEDIA_HOSTS = new Set(["i.redd.it", "v.redd.it", "preview.redd.it", "i.imgur.com", "imgur.com"]);

export function isScannable(thing: Element): boolean {
  // A promoted link's class names its render class, promotedlink; data-promoted is not always written.
  return thing.getAttribute("data-promoted") !== "true" && !thing.classList.contains("promotedlink");
}

/** Comments hold their replies, so their overlay goes on their own entry. */
export function isComment(thing: Element): boolean {
  const type = thing.getAttribute("data-type");
  return type === null ? thing.classList.contains("comment") : type === "comment";
}

function fullnameOf(thing: Element): string {
  const named = thing.getAttribute("data-fullname") ?? [...thing.classList].map((name) => FULLNAME_CLASS.exec(name)?.[1]).find(Boolean);
  return named ?? thing.id.replace(/^thing_/, "");
}

/** Image, video and gallery posts: their data-url points at Reddit's media hosts, an image host or a gallery. */
function isMediaUrl(dataUrl: string | null): boolean {
  const url = dataUrl === null ? null : parseUrl(dataUrl, "https://old.reddit.com");
  return url !== null && (MEDIA_HOSTS.has(url.hostname) || url.pathname.startsWith("/gallery/"));
}

/**
 * A search result (Reddit's searchresultlink template): title, "more" body, the subreddit and author in its meta
 * row, the link target in its footer. Its fullname is data-fullname, or else the thread id in its permalink.
 */
function readSearchResult(result: Element): PostSnapshot | null {
  const title = result.querySelector("a.search-title");
  // The title links to the thread (absolute on the live site).
  const permalink = pathOf(title?.getAttribute("href") ?? null);
  const fullname = result.getAttribute("data-fullname") ?? `t3_${THREAD_ID.exec(permalink ?? "")?.[1] ?? ""}`;
  if (!FULLNAME.test(fullname) || !isScannable(result)) return null;
  const body = result.querySelector(".search-result-body");
  const target = result.querySelector("a.search-link")?.getAttribute("href") ?? null;
  return toSnapshot({
    id: `old-reddit:${fullname}`,
    site: "old-reddit",
    kind: "post",
    text: [title, body].map((el) => (el === null ? "" : readText(el))).filter(Boolean).join("\n"),
    hashtags: [],
    links: postLinks(target, body === null ? [] : [body]),
    author: result.querySelector(".search-author .author")?.textContent?.trim() ?? null,
    community: result.querySelector("a.search-subreddit-link")?.textContent?.trim().replace(/^\/?r\//, "") ?? null,
    permalink,
    hasMedia: isMediaUrl(target),
    name: null,
  });
}

export function readThing(thing: Element): PostSnapshot | null {
  if (thing.matches(SEARCH_RESULT)) return readSearchResult(thing);
  const fullname = fullnameOf(thing);
  if (!thing.matches(THING) || !isScannable(thing) || !FULLNAME.test(fullname)) return null;
  const kind = isComment(thing) ? "comment" : "post";
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
