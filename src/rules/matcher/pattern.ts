import { isSeparator } from "../text/chars.ts";
import { isWordAt, isWordBefore } from "./boundary.ts";

/** A pattern as the automaton sees it: separators squashed out, wildcards turned into lifted boundaries. */
export interface ParsedPattern {
  /** The pattern's code units without separators; what the automaton matches against the squashed text. */
  units: string;
  /** The text must not have a word char right before the match. */
  startBoundary: boolean;
  /** The text must not have a word char right after the match. */
  endBoundary: boolean;
  /**
   * Bit i is set when the pattern had a separator after its unit i: only there may the text break words
   * ("full video" matches "full video" and "fullvideo", but "porno" does not match "por no"). Units past the
   * 32nd may break anywhere: no real term is that long before its last break.
   */
  breaks: number;
}

const WILDCARD = "*";

/** Why a pattern cannot be matched, kept apart from the pattern so a message can be worded without quoting it back. */
export class PatternError extends Error {
  override readonly name = "PatternError";
  constructor(
    pattern: string,
    readonly reason: string,
  ) {
    super(`pattern "${pattern}": ${reason}`);
  }
}

/** Throws on patterns the automaton cannot honour, so a bad pack fails loudly at compile time, not silently per post. */
export function parsePattern(pattern: string): ParsedPattern {
  const openStart = pattern.startsWith(WILDCARD);
  const openEnd = pattern.length > (openStart ? 1 : 0) && pattern.endsWith(WILDCARD);
  const body = pattern.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  if (body.includes(WILDCARD)) {
    throw new PatternError(pattern, "'*' is allowed only at the start or the end");
  }
  // Whole runs between separators are copied, not unit by unit: a new profile's first compile parses 15,000
  // terms before its first verdict, and most are one word, which is then the body itself.
  let units = "";
  let breaks = 0;
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    if (!isSeparator(body.charCodeAt(i))) continue;
    units += body.slice(run, i);
    run = i + 1;
    if (units.length > 0 && units.length <= 32) breaks |= 1 << (units.length - 1);
  }
  units += body.slice(run);
  if (units.length === 0) {
    throw new PatternError(pattern, "it has no letters, digits or pictographs once spaces and punctuation are skipped");
  }
  // A pictograph end needs no boundary: "🔞" glued to a word is still the signal.
  return {
    units,
    startBoundary: !openStart && isWordAt(units, 0),
    endBoundary: !openEnd && isWordBefore(units, units.length),
    breaks: breaks >>> 0,
  };
}
