import type { SiteAdapter } from "../adapter.ts";
import type { Site } from "../snapshot.ts";
import { safely } from "./dom.ts";

/** What a site supplies: every method of SiteAdapter, free to throw on markup it did not foresee. */
export type AdapterMethods = Omit<SiteAdapter, "site">;

/**
 * The one place adapter methods are guarded: each answers "nothing found" (false, [], null, the post itself,
 * light) when the page surprises it, so no site's markup can throw into the scanner.
 */
export function defineAdapter(site: Site, methods: AdapterMethods): SiteAdapter {
  return {
    site,
    handles: (url) => safely(() => methods.handles(url), false),
    findPosts: (root) => safely(() => methods.findPosts(root), []),
    read: (post) => safely(() => methods.read(post), null),
    shareTargetOf: (event) => safely(() => methods.shareTargetOf(event), null),
    overlayHost: (post) => safely(() => methods.overlayHost(post), post),
    theme: (doc) => safely(() => methods.theme(doc), "light"),
    searchQuery: (url) => safely(() => methods.searchQuery(url), null),
    searchResults: (doc) => safely(() => methods.searchResults(doc), null),
    trendingEntries: (root) => safely(() => methods.trendingEntries(root), []),
    looksLikeFeed: (doc) => safely(() => methods.looksLikeFeed(doc), false),
  };
}
