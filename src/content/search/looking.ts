/**
 * Whether a search looks for someone's leaked or intimate images, from what the rules found in the query (run as
 * a post by the engine, so every pack language and every obfuscation the normaliser undoes counts). A query is
 * too short for the combinations that flag posts, so single signals count here: a leak word, intimate content, a
 * leaked subscription or pack, a scandal video or a euphemism, or "full video" (a distribution phrase beside a
 * video word). Any exception the packs define (a water leak, nude lipstick, a product or data leak, the news)
 * rules it out, as it would lower a post.
 */
const LOOKING = ["leak-word", "intimate-content", "subscription-leak", "leak-pack", "scandal-video", "euphemism"];
const FULL_VIDEO = ["distribution-phrase", "video-word"];

export interface QueryEvidence {
  /** Every rule id that matched the query. */
  signals: readonly string[];
  /** Whether the rules flag the query as if it were a post. */
  flagged: boolean;
}

export function looksForLeak({ signals, flagged }: QueryEvidence, exceptions: ReadonlySet<string>): boolean {
  if (flagged) return true;
  if (signals.some((id) => exceptions.has(id))) return false;
  return LOOKING.some((id) => signals.includes(id)) || FULL_VIDEO.every((id) => signals.includes(id));
}
