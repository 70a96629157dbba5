import { linkForm, parseUrl, unique } from "../common/links.ts";

/** Reddit's own hosts: links to them are the post itself, its media or another thread, not somewhere it sends readers. */
const REDDIT_HOSTS = ["reddit.com", "redd.it", "redditmedia.com", "redditstatic.com"];
const BASE = "https://www.reddit.com";

function isRedditHost(hostname: string): boolean {
  return REDDIT_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** The link in host/path form when it leaves Reddit over http(s); null for relative, Reddit and other links. */
export function outboundLink(href: string | null): string | null {
  if (href === null || href.startsWith("/") || href.startsWith("#")) return null;
  const url = parseUrl(href, BASE);
  if (url === null || !url.protocol.startsWith("http") || isRedditHost(url.hostname)) return null;
  return linkForm(url.href);
}

/** Outbound links of a post: its link target first, then what its body links to. */
export function postLinks(target: string | null, bodies: readonly Element[]): string[] {
  const hrefs = bodies.flatMap((body) => [...body.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")));
  return unique([target, ...hrefs].map(outboundLink).filter((link) => link !== null));
}

/** The path of a link the page wrote (relative or absolute, `?context=3` and the like dropped). */
export function pathOf(href: string | null): string | null {
  return href === null ? null : (parseUrl(href, BASE)?.pathname ?? null);
}

/** The community named in a Reddit permalink (/r/<name>/comments/…). */
export function communityOf(permalink: string | null): string | null {
  return /^\/r\/([^/]+)\//.exec(permalink ?? "")?.[1] ?? null;
}
