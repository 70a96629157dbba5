import type { Site } from "../../../src/sites/snapshot.ts";

/** An X post by its status id (the link around its time ends in it). */
export const xPost = (id: string) => `article[data-testid="tweet"]:has(a[href$="/status/${id}"])`;

/** Each site's share control of post id, as the fixtures render it (Playwright CSS: pierces open shadow roots). */
export const SHARE_CONTROL: Record<Site, (id: string) => string> = {
  x: (id) => `${xPost(id)} [role="group"] button[aria-label="Share post"]`,
  reddit: (id) => `article[data-post-id="${id}"] shreddit-post-share-button button[aria-haspopup]`,
  "old-reddit": (id) => `#thing_${id} a.post-sharing-button`,
};
