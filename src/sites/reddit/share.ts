import type { ShareTarget } from "../adapter.ts";
import { isHtmlElement, pathElements } from "../common/dom.ts";
import { parseUrl } from "../common/links.ts";
import { COMMENT_TAG, POST_TAG, PROFILE_COMMENT_TAG } from "./read.ts";

/** The feed card's and a comment's share buttons (web components) and the post page's light-DOM share dropdown. */
const SHARE_HOSTS = 'shreddit-post-share-button, shreddit-comment-share-button, [slot="ssr-share-button"]';
/** The post-level Repost control Reddit added in 2026, slotted into the post like the share dropdown. */
const REPOST_HOST = '[slot="repost-button"]';
const COMMENT_TAGS = new Set([COMMENT_TAG, PROFILE_COMMENT_TAG]);

/** Reddit's crosspost flow is a submit link naming the source post, wherever the menu renders it. */
function isCrosspostLink(el: Element): boolean {
  const href = el.localName === "a" ? el.getAttribute("href") : null;
  const url = href === null ? null : parseUrl(href, "https://www.reddit.com");
  return url !== null && url.pathname.endsWith("/submit") && url.searchParams.has("source_id");
}

/** The button a control host opens its menu with: the host itself, or in its own shadow root, else its light DOM. */
function triggerOf(host: Element): HTMLElement | null {
  const button = host.localName === "button" ? host : (host.shadowRoot?.querySelector("button") ?? host.querySelector("button"));
  return isHtmlElement(button) ? button : null;
}

/**
 * The trigger of the first host on the path matching selector, when the click was on it: the items of the menu
 * it opened (Copy link, Embed) come after the reader already passed it.
 */
function clickedTrigger(path: readonly Element[], selector: string): HTMLElement | null {
  const hostIndex = path.findIndex((el) => el.matches(selector));
  const host = path[hostIndex];
  if (host === undefined) return null;
  const trigger = triggerOf(host);
  const clicked = path.slice(0, hostIndex).find((el) => el.localName === "button") ?? trigger;
  return trigger !== null && clicked === trigger ? trigger : null;
}

/**
 * Clicks inside shadow roots reach document listeners retargeted to the post, so the composed path is the
 * only way to see the control. A comment's controls share that comment; a post's, the outermost post (a
 * crossposted original is read as part of the card that carries it).
 */
export function redditShareTarget(event: Event): ShareTarget | null {
  const path = pathElements(event);
  const post = path.find((el) => COMMENT_TAGS.has(el.localName)) ?? path.findLast((el) => el.localName === POST_TAG);
  if (post === undefined) return null;
  const crosspost = path.find(isCrosspostLink);
  if (isHtmlElement(crosspost)) return { post, action: "crosspost", control: crosspost };
  const repost = clickedTrigger(path, REPOST_HOST);
  if (repost !== null) return { post, action: "repost", control: repost };
  const share = clickedTrigger(path, SHARE_HOSTS);
  return share === null ? null : { post, action: "share", control: share };
}
