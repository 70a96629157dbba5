import type { SiteAdapter } from "../adapter.ts";
import { elementsAt, safely } from "../common/dom.ts";
import { isScannable, readThing, THING_SELECTOR } from "./read.ts";
import { oldRedditShareTarget } from "./share.ts";

const HOSTS = new Set(["old.reddit.com"]);
const NIGHT_MODE = "res-nightmode";

/**
 * A comment thing also holds its replies, so the overlay goes on its own `.entry`; a link thing holds
 * nothing else and its thumbnail must be covered too, so it takes the whole thing.
 */
function overlayHost(thing: Element): Element {
  return thing.getAttribute("data-type") === "comment" ? (thing.querySelector(":scope > .entry") ?? thing) : thing;
}

export function createOldRedditAdapter(): SiteAdapter {
  return {
    site: "old-reddit",
    handles: (url) => HOSTS.has(url.hostname),
    findPosts: (root) => safely(() => elementsAt(root, THING_SELECTOR).filter(isScannable), []),
    read: (post) => safely(() => readThing(post), null),
    shareTargetOf: (event) => safely(() => oldRedditShareTarget(event), null),
    overlayHost: (post) => safely(() => overlayHost(post), post),
    // Old Reddit itself is light only; Reddit Enhancement Suite's night mode marks html or body.
    theme: (doc) =>
      safely(() => (doc.documentElement.classList.contains(NIGHT_MODE) || doc.body?.classList.contains(NIGHT_MODE) ? "dark" : "light"), "light"),
  };
}
