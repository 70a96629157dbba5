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
}
