import type { SiteAdapter } from "../adapter.ts";
import { defineAdapter } from "../common/define-adapter.ts";
import { elementsAt } from "../common/dom.ts";
import { redditOverlayHost } from "./overlay.ts";
import { isScannable, POST_SELECTOR, readRedditPost } from "./read.ts";
import { searchWords } from "../common/search.ts";
import { redditShareTarget } from "./share.ts";
import { redditTheme } from "./theme.ts";

/** new.reddit.com served the retired 2018 redesign (it now redirects here); its markup is not shreddit. */
const HOSTS = new Set(["www.reddit.com", "reddit.com"]);

export function createRedditAdapter(): SiteAdapter {
  return defineAdapter("reddit", {
    handles: (url) => HOSTS.has(url.hostname),
    // Comments are light DOM, so plain queries find them; shadow roots hold only the cards' chrome.
    findPosts: (root) => elementsAt(root, POST_SELECTOR).filter(isScannable),
    read: readRedditPost,
    shareTargetOf: redditShareTarget,
    overlayHost: redditOverlayHost,
    theme: redditTheme,
    // Site-wide search and a subreddit's own (/r/<name>/search/).
    searchQuery: (url) => searchWords(url, /^(\/r\/[^/]+)?\/search\/?$/),
    searchResults: (doc) => doc.querySelector('#main-content [data-testid="search-results"]'),
    trendingEntries: () => [],
    // A feed with cards in it (home, popular, a subreddit): a post page always has its shreddit-post, a feed its cards.
    looksLikeFeed: (doc) => doc.querySelector("shreddit-feed > *") !== null,
  });
}
