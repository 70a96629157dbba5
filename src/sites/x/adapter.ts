import type { SiteAdapter } from "../adapter.ts";
import { defineAdapter } from "../common/define-adapter.ts";
import { findPosts, overlayHostOf, readPost } from "./read.ts";
import { xLooksLikeFeed, xSearchQuery, xSearchResults, xTrendingEntries } from "./search.ts";
import { createShareResolver } from "./share.ts";
import { xTheme } from "./theme.ts";

const HOSTS = new Set(["x.com", "twitter.com", "mobile.x.com", "mobile.twitter.com"]);

/** One adapter per page: it remembers which post opened the last repost/share menu (see share.ts). */
export function createXAdapter(): SiteAdapter {
  const shareTargetOf = createShareResolver();
  return defineAdapter("x", {
    handles: (url) => HOSTS.has(url.hostname),
    findPosts,
    read: readPost,
    shareTargetOf,
    overlayHost: overlayHostOf,
    theme: xTheme,
    searchQuery: xSearchQuery,
    searchResults: xSearchResults,
    trendingEntries: xTrendingEntries,
    looksLikeFeed: xLooksLikeFeed,
  });
}
