import type { SiteAdapter } from "../adapter.ts";
import { elementsAt, safely } from "../common/dom.ts";
import { redditOverlayHost } from "./overlay.ts";
import { isScannable, POST_SELECTOR, readRedditPost } from "./read.ts";
import { redditShareTarget } from "./share.ts";
import { redditTheme } from "./theme.ts";

/** new.reddit.com served the retired 2018 redesign (it now redirects here); its markup is not shreddit. */
const HOSTS = new Set(["www.reddit.com", "reddit.com"]);

export function createRedditAdapter(): SiteAdapter {
  return {
    site: "reddit",
    handles: (url) => HOSTS.has(url.hostname),
    // Comments are light DOM, so plain queries find them; shadow roots hold only the cards' chrome.
    findPosts: (root) => safely(() => elementsAt(root, POST_SELECTOR).filter(isScannable), []),
    read: (post) => safely(() => readRedditPost(post), null),
    shareTargetOf: (event) => safely(() => redditShareTarget(event), null),
    overlayHost: (post) => safely(() => redditOverlayHost(post), post),
    theme: (doc) => safely(() => redditTheme(doc), "light"),
  };
}
