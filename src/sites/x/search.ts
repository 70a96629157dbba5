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

/** Cells in the main timeline: X shows posts there, so cells without a recognised post mean its markup changed. */
export const xLooksLikeFeed = (doc: Document): boolean => doc.querySelector(`${TIMELINE} [data-testid="cellInnerDiv"]`) !== null;
