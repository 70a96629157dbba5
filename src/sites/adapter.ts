import type { PostSnapshot, Site } from "./snapshot.ts";

/** The share-like actions that get friction on a flagged post. */
export type ShareAction = "repost" | "quote" | "share" | "copy-link" | "crosspost";

/** Where a click landed, resolved by the adapter from the event's composed path. */
export interface ShareTarget {
  /** The post element (the one carrying data-second-look) the control belongs to. */
  post: Element;
  action: ShareAction;
  /** The control that was clicked (inside shadow roots too): clicking it again replays the site's action. */
  control: HTMLElement;
}

/** A trend as the page lists it: the element its label goes in, and its lines of text (topic, name, count). */
export interface TrendEntry {
  entry: Element;
  text: string;
}

/**
 * Everything site-specific lives behind this interface. Every method degrades to "nothing found"
 * (empty list, null) on markup it does not recognise; none throws.
 */
export interface SiteAdapter {
  readonly site: Site;
  /** True when this adapter handles the page at this URL. */
  handles(url: URL): boolean;
  /** Post elements at or under root (root itself included when it is one), in document order. */
  findPosts(root: ParentNode): Element[];
  /** The post as the engine sees it; null for placeholders, ads and anything without a stable id. */
  read(post: Element): PostSnapshot | null;
  /** The share control and post a click came from, or null when the click was not on one. */
  shareTargetOf(event: Event): ShareTarget | null;
  /**
   * The element the warning overlay is appended to so that it covers the post. Usually the post itself;
   * a wrapper when the post is a custom element whose unknown slots would not render our child. It must be in
   * normal flow (not absolutely positioned): the overlay anchors it with `position: relative`.
   */
  overlayHost(post: Element): Element;
  /** The page's current colour scheme, read from the site's own theme markers. */
  theme(doc: Document): "light" | "dark";
  /** The words searched for when the page at url is the site's search page, else null. */
  searchQuery(url: URL): string | null;
  /** The element the search notice goes right before (the results), or null while there is none. */
  searchResults(doc: Document): Element | null;
  /** Trend entries (a trend's name, searched by a click) at or under root with their text; none on sites without them. */
  trendingEntries(root: ParentNode): TrendEntry[];
  /** True when the page shows a list of posts (a feed, a thread, results): then finding none means the markup drifted. */
  looksLikeFeed(doc: Document): boolean;
}
