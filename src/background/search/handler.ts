import { z } from "zod";
import type { CurrentEngine } from "../evaluate/engine-source.ts";
import { looksForLeak } from "../../content/search/looking.ts";
import { SEARCH_MESSAGE, SearchRequestSchema, type SearchResponse } from "../../content/search/message.ts";

/**
 * The runtime.onMessage listener for search queries: each is read by the engine in force (the user's packs,
 * switched-off rules and own words included) and judged by looksForLeak. Other messages get `undefined`; a
 * malformed request is rejected with what is wrong.
 */
export function createSearchHandler(current: () => Promise<CurrentEngine>) {
  return (message: unknown): Promise<SearchResponse> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== SEARCH_MESSAGE) return undefined;
    const request = SearchRequestSchema.safeParse(message);
    if (!request.success) return Promise.reject(new Error(`${SEARCH_MESSAGE}: malformed request\n${z.prettifyError(request.error)}`));
    return current().then(({ engine }) => {
      const exceptions = new Set(engine.tables.rules.exceptions.map((rule) => rule.id));
      return {
        looking: request.data.queries.map((text) => {
          const evidence = engine.inspect({ text });
          return looksForLeak({ signals: evidence.signals, flagged: evidence.rules.verdict === "flag" }, exceptions);
        }),
      };
    });
  };
}
