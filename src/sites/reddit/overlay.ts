import { COMMENT_TAG } from "./read.ts";

/**
 * Shreddit elements render only slotted children, so an overlay appended to the element itself would not show.
 * - feed post: the light-DOM `article[data-post-id]` wrapper the feed puts around each card;
 * - post without one (post page, profile): the outermost element of its open shadow root, which renders and
 *   covers the card exactly (the parent would also cover the comments);
 * - comment: its `div[slot=comment]` body, so the overlay covers that comment and not the replies nested below.
 * The element itself is the last resort.
 */
export function redditOverlayHost(post: Element): Element {
  if (post.localName === COMMENT_TAG) return post.querySelector(':scope > div[slot="comment"]') ?? post;
  const wrapper = post.closest("article[data-post-id]");
  if (wrapper !== null) return wrapper;
  const shadowChildren = [...(post.shadowRoot?.children ?? [])];
  return shadowChildren.find((el) => !["style", "link", "slot"].includes(el.localName)) ?? post;
}
