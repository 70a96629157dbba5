import { COMMENT_TAG, commentBody, PROFILE_COMMENT_TAG, profileCommentBody, SEARCH_COMMENT_CONTENT, SEARCH_COMMENT_SELECTOR, SEARCH_POST_SELECTOR } from "./read.ts";

/**
 * Shreddit elements render only slotted children, so an overlay appended to the element itself would not show.
 * - feed post: the light-DOM `article[data-post-id]` wrapper the feed puts around each card;
 * - post without one (post page, profile): the outermost element of its open shadow root, which renders and
 *   covers the card exactly (the parent would also cover the comments);
 * - comment: its `[slot=comment]` body (under it, or inside its `<details>`), so the overlay covers that comment and
 *   not the replies nested below;
 * - profile comment: its body, as for a thread's comments (the element is a custom element, inline unless styled,
 *   which an overlay cannot cover);
 * - search result: the unit's block wrapper, for the same reason, covering title and thumbnail;
 * - comment search result: its content box (author line, body, score), leaving the thread's title beside it readable.
 * The element itself is the last resort.
 */
export function redditOverlayHost(post: Element): Element {
  if (post.localName === COMMENT_TAG) return commentBody(post) ?? post;
  if (post.localName === PROFILE_COMMENT_TAG) return profileCommentBody(post) ?? post;
  if (post.matches(SEARCH_COMMENT_SELECTOR)) return post.querySelector(SEARCH_COMMENT_CONTENT) ?? post;
  if (post.matches(SEARCH_POST_SELECTOR)) return post.querySelector(":scope > div") ?? post;
  const wrapper = post.closest("article[data-post-id]");
  if (wrapper !== null) return wrapper;
  const shadowChildren = [...(post.shadowRoot?.children ?? [])];
  return shadowChildren.find((el) => !["style", "link", "slot"].includes(el.localName)) ?? post;
}
