import { canonicalLink } from "../../rules/links/extract.ts";
import type { Settings } from "../../settings/schema.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";

const hostOf = (link: string) => canonicalLink(link)?.split("/")[0] ?? null;
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The reader trusts this post's source: an allowed account, an allowed subreddit, or links that all go to
 * allowed domains (one link elsewhere, such as a t.me link, is enough to judge it as usual).
 */
export function isAllowed(post: PostSnapshot, allow: Settings["allow"]): boolean {
  if (post.author && allow.accounts.includes(post.author.toLowerCase())) return true;
  if (post.community && allow.communities.includes(post.community.toLowerCase())) return true;
  if (allow.domains.length === 0 || post.links.length === 0) return false;
  return post.links.every((link) => {
    const host = hostOf(link);
    return host !== null && allow.domains.some((d) => onDomain(host, d));
  });
}
