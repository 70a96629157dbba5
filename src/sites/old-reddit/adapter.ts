import type { SiteAdapter } from "../adapter.ts";
import { defineAdapter } from "../common/define-adapter.ts";
import { elementsAt } from "../common/dom.ts";
import { isComment, isScannable, readThing, THING_SELECTOR } from "./read.ts";
import { searchWords } from "../common/search.ts";
import { oldRedditShareTarget } from "./share.ts";

const HOSTS = new Set(["old.reddit.com"]);
const NIGHT_MODE = "res-nightmode";

/**
 * A comment thing also holds its replies, so the overlay goes on its own `.entry`; a link thing (or search result)
 * holds nothing else and its thumbnail must be covered too, so it takes the whole element.
 */
function overlayHost(thing: Element): Element {
  return isComment(thing) ? (thing.querySelector(":scope > .entry") ?? thing) : thing;
}

export function createOldRedditAdapter(): SiteAdapter {
  return defineAdapter("old-reddit", {
    handles: (url) => HOSTS.has(url.hostname),
    findPosts: (root) => elementsAt(root, THING_SELECTOR).filter(isScannable),
    read: readThing,
    shareTargetOf: oldRedditShareTarget,
    overlayHost,
    // Old Reddit itself is light only; Reddit Enhancement Suite's night mode marks html or body.
    theme: (doc) => (doc.documentElement.classList.contains(NIGHT_MODE) || doc.body?.classList.contains(NIGHT_MODE) ? "dark" : "light"),
    searchQuery: (url) => searchWords(url, /^(\/r\/[^/]+)?\/search\/?$/),
    searchResults: (doc) => doc.querySelector(".search-result-listing"),
    trendingEntries: () => [],
    // Listings and comment pages keep their things in #siteTable (empty listings say so in #noresults).
    looksLikeFeed: (doc) => doc.querySelector("#siteTable > *") !== null && doc.getElementById("noresults") === null,
  });
}
