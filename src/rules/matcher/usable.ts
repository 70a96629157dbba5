/**
 * The one judge of whether a pattern can be matched: the schema refuses what it refuses (so packs, own words and
 * school policy get a clear error where they are written), and the compiler skips it, so one bad pattern can
 * never stop the engine and switch flagging off.
 */
import { normalise } from "../normalise/index.ts";
import { parsePattern, PatternError, type ParsedPattern } from "./pattern.ts";

/** Patterns are normalised exactly like post text, keeping the `*` wildcards the normaliser would eat. */
export function normalisePattern(pattern: string): string {
  const lead = pattern.startsWith("*") ? "*" : "";
  const trail = pattern.length > 1 && pattern.endsWith("*") ? "*" : "";
  const core = pattern.slice(lead.length, pattern.length - trail.length);
  return lead + normalise(core).text.trim() + trail;
}

/** A pattern, already normalised, as the automaton takes it, or why it cannot be matched. */
export function parseUsable(normalised: string): { parsed: ParsedPattern; problem?: undefined } | { parsed?: undefined; problem: string } {
  try {
    return { parsed: parsePattern(normalised) };
  } catch (error) {
    // parsePattern names the pattern for pack authors; here the field the pattern sits in already does.
    if (error instanceof PatternError) return { problem: error.reason };
    throw error;
  }
}

/** Why a pattern as written cannot be matched; null when it can. */
export const patternProblem = (pattern: string): string | null => parseUsable(normalisePattern(pattern)).problem ?? null;
