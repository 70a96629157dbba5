import { z } from "zod";

export const SEARCH_MESSAGE = "second-look/judge-search";

/** Queries per message: a search box and the trends beside it. */
export const MAX_QUERIES = 30;

/**
 * Content script → worker: search queries and trend names to judge with the same rules as posts. The worker
 * answers only whether each looks for a person's leaked or intimate images; nothing is counted or kept.
 */
export const SearchRequestSchema = z.strictObject({
  type: z.literal(SEARCH_MESSAGE),
  queries: z.array(z.string().min(1).max(500)).min(1).max(MAX_QUERIES),
});

/** Worker → content script: one answer per query, in order. */
export const SearchResponseSchema = z.strictObject({ looking: z.array(z.boolean()) });

export type SearchRequest = z.infer<typeof SearchRequestSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
