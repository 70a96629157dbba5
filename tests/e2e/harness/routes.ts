import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Route } from "playwright-core";
import { FIXTURES } from "./paths.ts";

interface FixtureSite {
  origins: readonly string[];
  dir: string;
  /** First match wins: [path pattern, HTML shell]. */
  pages: ReadonlyArray<readonly [RegExp, string]>;
}

const COMMENTS_PAGE = /^\/r\/[^/]+\/comments\//;

/** Which fixture shell answers which URL on each real origin (fixtures/sites/README.md). */
export const FIXTURE_SITES: readonly FixtureSite[] = [
  {
    origins: ["https://x.com", "https://twitter.com", "https://mobile.x.com"],
    dir: "x",
    pages: [
      [/^\/[^/]+\/status\/\d+/, "status.html"],
      [/^\//, "timeline.html"],
    ],
  },
  {
    origins: ["https://www.reddit.com", "https://reddit.com"],
    dir: "reddit",
    pages: [
      [COMMENTS_PAGE, "post.html"],
      [/^\//, "feed.html"],
    ],
  },
  {
    origins: ["https://old.reddit.com"],
    dir: "old-reddit",
    pages: [
      [COMMENTS_PAGE, "comments.html"],
      [/^\//, "listing.html"],
    ],
  },
];

/** The shells reference these by bare relative name, so any path ending in one is served from the site's folder. */
const ASSETS: Readonly<Record<string, string>> = {
  "posts.js": "text/javascript",
  "fixture.js": "text/javascript",
  "fixture.css": "text/css",
};

/** Shared by the three sites (`../h.js` in the shells): any path ending in one is served from fixtures/sites/. */
const SHARED_ASSETS: Readonly<Record<string, string>> = { "h.js": "text/javascript" };

export type Answer = { status: number; contentType: string; body: string } | null;

/** What a request gets: a fixture file, a 404 on a fixture origin, or null (no network here: abort). */
export function answer(url: URL): Answer {
  const site = FIXTURE_SITES.find((s) => s.origins.includes(url.origin));
  if (site === undefined) return null;
  const last = url.pathname.split("/").pop() ?? "";
  const asset = ASSETS[last];
  if (asset !== undefined) return { status: 200, contentType: asset, body: readFileSync(join(FIXTURES, site.dir, last), "utf8") };
  const shared = SHARED_ASSETS[last];
  if (shared !== undefined) return { status: 200, contentType: shared, body: readFileSync(join(FIXTURES, last), "utf8") };
  // Favicons and the like: a page path never has a file extension on these sites.
  if (/\.[a-z0-9]+$/i.test(last)) return { status: 404, contentType: "text/plain", body: "" };
  const shell = site.pages.find(([pattern]) => pattern.test(url.pathname))?.[1];
  if (shell === undefined) return { status: 404, contentType: "text/plain", body: "" };
  return { status: 200, contentType: "text/html; charset=utf-8", body: readFileSync(join(FIXTURES, site.dir, shell), "utf8") };
}

export const isWeb = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/**
 * The capture-following pages of site folders (each folder's surfaces.json maps origin and path to page), on their
 * real URLs, so the adapters see the origins they match on; undefined for any other URL.
 */
export function surfaceAnswers(dirs: readonly string[]): (url: URL) => Answer | undefined {
  const sites = dirs.map((dir) => ({
    dir,
    pages: JSON.parse(readFileSync(join(FIXTURES, dir, "surfaces.json"), "utf8")) as Record<string, string>,
  }));
  return (url) => {
    for (const { dir, pages } of sites) {
      const page = pages[url.origin + url.pathname];
      if (page !== undefined) return { status: 200, contentType: "text/html; charset=utf-8", body: readFileSync(join(FIXTURES, dir, page), "utf8") };
    }
    return undefined;
  };
}

/**
 * Serves the fixture pages on X's and Reddit's real origins in this context and aborts every other web request.
 * Only http(s) is routed: the content scripts import their modules from chrome-extension:// URLs.
 */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  await context.route(isWeb, (route: Route) => {
    const url = new URL(route.request().url());
    const reply = answer(url);
    return reply === null ? route.abort("internetdisconnected") : route.fulfill(reply);
  });
}
