import type { TrendEntry } from "../adapter.ts";
import { elementsAt } from "../common/dom.ts";
import { searchWords } from "../common/search.ts";

const PRIMARY = '[data-testid="primaryColumn"]';
/** The timeline region of the main column: the search results on /search, the feed elsewhere. */
const TIMELINE = `${PRIMARY} section[role="region"]`;

export const xSearchQuery = (url: URL) => searchWords(url, /^\/search\/?$/);

export const xSearchResults = (doc: Document): Element | null => doc.querySelector(TIMELINE);

/** "What's happening" and Explore list trends as cells that search their name when clicked. */
export const xTrendingEntries = (root: ParentNode): TrendEntry[] =>
  elementsAt(root, '[data-testid="trend"]').map((entry) => ({
    entry,
    // Each line (topic, name, post count) is its own span in a div, which reads inline: join the outermost as lines.
    text: [...entry.querySelectorAll("span")]
      .filter((span) => span.parentElement?.closest("span") === null)
      .map((span) => span.textContent.trim())
      .filter((line) => line !== "")
      .join("\n"),
  }));

/** Cells that list something other than posts: Explore's trends, "Who to follow". */
const NOT_POSTS = '[data-testid="trend"], [data-testid="UserCell"]';

/**
 * Cells in the main timeline: X shows posts there, so cells without a recognised post mean its markup changed.
 * A tab of trends or accounts shows cells too, with no post to read: that is no drift.
 */
export const xLooksLikeFeed = (doc: Document): boolean =>
  elementsAt(doc, `${TIMELINE} [data-testid="cellInnerDiv"]`).some((cell) => cell.querySelector(NOT_POSTS) === null);
