import type { SiteAdapter } from "../../src/sites/adapter.ts";

/** The adapter methods a test of scanning or friction does not exercise: no search page, no trends, no feed check. */
export const QUIET_SURFACES: Pick<SiteAdapter, "searchQuery" | "searchResults" | "trendingEntries" | "looksLikeFeed"> = {
  searchQuery: () => null,
  searchResults: () => null,
  trendingEntries: () => [],
  looksLikeFeed: () => false,
};
