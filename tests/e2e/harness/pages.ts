import type { Site } from "../../../src/sites/snapshot.ts";

export interface FixturePage {
  name: string;
  site: Site;
  url: string;
  /** The part of the page's `__fixture.data` (posts.js) this page renders. */
  section: string;
}

const THREAD = "r/viralclips/comments";

/** Every fixture page, on its real origin. */
export const PAGES = {
  xTimeline: { name: "X timeline", site: "x", url: "https://x.com/home", section: "timeline" },
  xStatus: { name: "X status page", site: "x", url: "https://x.com/clipfinder_x/status/1853012000000000201", section: "status" },
  redditFeed: { name: "new Reddit feed", site: "reddit", url: "https://www.reddit.com/", section: "feed" },
  redditPost: {
    name: "new Reddit post page",
    site: "reddit",
    url: `https://www.reddit.com/${THREAD}/1qy5c10/full_video_of_sarah_quinn_leaked_link_below/`,
    section: "post",
  },
  oldListing: { name: "old Reddit listing", site: "old-reddit", url: "https://old.reddit.com/", section: "listing" },
  oldComments: {
    name: "old Reddit comments page",
    site: "old-reddit",
    url: `https://old.reddit.com/${THREAD}/9pr2m10/full_video_of_sarah_quinn_leaked_link_below/`,
    section: "comments",
  },
} as const satisfies Record<string, FixturePage>;

/** The pages with an endless feed: appendPosts and navigate work there. */
export const FEEDS: readonly FixturePage[] = [PAGES.xTimeline, PAGES.redditFeed, PAGES.oldListing];
