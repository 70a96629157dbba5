import { safely, toSnapshot } from "../common/dom.ts";
import { linkForm, parseUrl, unique } from "../common/links.ts";
import { readText } from "../common/text.ts";
import type { PostSnapshot } from "../snapshot.ts";

export const POST_SELECTOR = 'article[data-testid="tweet"]';
const PROMOTED_SELECTOR = '[data-testid="placementTracking"]';
const TEXT_SELECTOR = '[data-testid="tweetText"]';
/** The quoted post's card; the outer post never sits inside a role=link container of its own article. */
const QUOTE_CARD_SELECTOR = '[role="link"]';
const MEDIA_SELECTOR = [
  '[data-testid="tweetPhoto"]',
  '[data-testid="videoPlayer"]',
  '[data-testid="videoComponent"]',
  '[data-testid="card.wrapper"]',
].join(",");
const TCO_SELECTOR = 'a[href^="https://t.co/"]';
const HASHTAG_SELECTOR = 'a[href^="/hashtag/"]';
const HANDLE_PATH = /^\/(\w{1,15})\/?$/;
const STATUS_PATH = /^\/(\w{1,15})\/status\/(\d+)\/?$/;
const HOST = "https://x.com";

const pathOf = (link: Element | null): string => parseUrl(link?.getAttribute("href") ?? "", HOST)?.pathname ?? "";

/** Promoted posts are wrapped by placementTracking; the same test id inside a post wraps videos, so ancestors only. */
export function isPromoted(article: Element): boolean {
  return article.parentElement?.closest(PROMOTED_SELECTOR) != null;
}

interface Status {
  handle: string;
  id: string;
}

/** The status the post's own `<time>` links to; photo and analytics links share the prefix and are skipped. */
function statusOf(article: Element): Status | null {
  for (const time of article.querySelectorAll("time")) {
    const match = STATUS_PATH.exec(pathOf(time.closest("a[href]")));
    if (match?.[1] !== undefined && match[2] !== undefined) return { handle: match[1], id: match[2] };
  }
  return null;
}

function authorOf(article: Element): string | null {
  for (const link of article.querySelectorAll('[data-testid="User-Name"] a[href]')) {
    const match = HANDLE_PATH.exec(pathOf(link));
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

/** t.co anchors read as the real URL their text spells out (hidden scheme and remainder included, "…" dropped). */
function rewriteLink(el: Element): string | null {
  return el.matches(TCO_SELECTOR) ? linkForm(el.textContent ?? "") : null;
}

function hashtagOf(link: Element): string {
  const path = pathOf(link).slice("/hashtag/".length);
  return safely(() => decodeURIComponent(path), path);
}

/** The outer text first, then the quoted post's: quoting bait spreads it just the same. */
function textBlocks(article: Element): Element[] {
  const blocks = [...article.querySelectorAll(TEXT_SELECTOR)];
  const isQuoted = (el: Element): boolean => {
    const card = el.closest(QUOTE_CARD_SELECTOR);
    return card !== null && article.contains(card);
  };
  return [...blocks.filter((el) => !isQuoted(el)), ...blocks.filter(isQuoted)];
}

export function readPost(article: Element): PostSnapshot | null {
  if (!article.matches(POST_SELECTOR) || isPromoted(article)) return null;
  const status = statusOf(article);
  if (status === null) return null;
  const blocks = textBlocks(article);
  return toSnapshot({
    id: `x:${status.id}`,
    site: "x",
    kind: "post",
    text: blocks.map((block) => readText(block, rewriteLink)).filter((text) => text !== "").join("\n"),
    hashtags: unique(blocks.flatMap((block) => [...block.querySelectorAll(HASHTAG_SELECTOR)].map(hashtagOf))),
    links: unique(blocks.flatMap((block) => [...block.querySelectorAll(TCO_SELECTOR)].map((a) => linkForm(a.textContent ?? "")))),
    author: authorOf(article) ?? status.handle,
    community: null,
    permalink: `/${status.handle}/status/${status.id}`,
    hasMedia: article.querySelector(MEDIA_SELECTOR) !== null,
    name: null,
  });
}
