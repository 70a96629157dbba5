import type { PostText } from "../../rules/schema/post.ts";

/**
 * What decides a verdict, as a short key: the text, hashtags, links and display name (never the id or handle), so
 * the same bait posted by many accounts is evaluated once and an edited or expanded post is evaluated again.
 * 53-bit cyrb53 rather than a 32-bit hash: a collision would hand one post another's verdict, and with
 * thousands of cached posts 32 bits would collide within a long session.
 */
export function contentKey(post: Pick<PostText, "text" | "hashtags" | "links"> & Partial<Pick<PostText, "name">>): string {
  // Separators that cannot appear inside a field keep ["a b"] and ["a", "b"] apart.
  const s = `${post.text}\u0001${post.hashtags.join("\u0002")}\u0001${post.links.join("\u0002")}${post.name ? `\u0001${post.name}` : ""}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
