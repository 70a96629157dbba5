import type { ShareTarget } from "../adapter.ts";
import { isHtmlElement, pathElements } from "../common/dom.ts";
import { parseUrl } from "../common/links.ts";
import { COMMENT_TAG, POST_TAG } from "./read.ts";

/** The feed card's share button (a web component) and the post page's light-DOM share dropdown. */
const SHARE_HOSTS = 'shreddit-post-share-button, [slot="ssr-share-button"]';

/** Reddit's crosspost flow is a submit link naming the source post, wherever the menu renders it. */
function isCrosspostLink(el: Element): boolean {
  const href = el.localName === "a" ? el.getAttribute("href") : null;
  const url = href === null ? null : parseUrl(href, "https://www.reddit.com");
  return url !== null && url.pathname.endsWith("/submit") && url.searchParams.has("source_id");
}

/** The button that opens the share menu: in the host's own shadow root, else in its light DOM. */
function triggerOf(host: Element): HTMLElement | null {
  const button = host.shadowRoot?.querySelector("button") ?? host.querySelector("button");
  return isHtmlElement(button) ? button : null;
}

/**
 * Clicks inside shadow roots reach document listeners retargeted to the post, so the composed path is the
 * only way to see the control. Only the menu's trigger counts as "share" (the menu items Copy link and Embed
 * come after the reader already passed it); comment share buttons are not post shares.
 */
export function redditShareTarget(event: Event): ShareTarget | null {
  const path = pathElements(event);
  if (path.some((el) => el.localName === COMMENT_TAG)) return null;
  // The outermost post: a crossposted original is read as part of the card that carries it.
  const post = path.findLast((el) => el.localName === POST_TAG);
  if (post === undefined) return null;
  const crosspost = path.find(isCrosspostLink);
  if (isHtmlElement(crosspost)) return { post, action: "crosspost", control: crosspost };
  const hostIndex = path.findIndex((el) => el.matches(SHARE_HOSTS));
  const host = path[hostIndex];
  if (host === undefined) return null;
  const trigger = triggerOf(host);
  const clicked = path.slice(0, hostIndex).find((el) => el.localName === "button") ?? trigger;
  return trigger !== null && clicked === trigger ? { post, action: "share", control: trigger } : null;
}
