import { z } from "zod";
import { isLetter } from "../../letters.ts";
import leetspeak from "../../data/leetspeak.json" with { type: "json" };

const Substitutions = z.record(z.string().length(1), z.string().regex(/^[a-z]$/));
const LeetspeakSchema = z.object({ about: z.string(), inside: Substitutions, joiners: Substitutions });

function codeMap(substitutions: Record<string, string>): Map<number, number> {
  return new Map(Object.entries(substitutions).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
}

const table = LeetspeakSchema.parse(leetspeak);
/** Digits and symbols that stand for a letter inside a word. */
export const INSIDE = codeMap(table.inside);
/** Punctuation that stands for a letter only between letters. */
export const JOINERS = codeMap(table.joiners);

export function isLeet(code: number): boolean {
  return INSIDE.has(code) || JOINERS.has(code);
}

/** Letters, plus the characters that may become letters without a joiner: what a word's letter runs are made of. */
export function isLetterish(code: number): boolean {
  return isLetter(code) || INSIDE.has(code);
}
