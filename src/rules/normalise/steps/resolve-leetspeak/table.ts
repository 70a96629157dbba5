import { z } from "zod";
import leetspeak from "../../data/leetspeak.json" with { type: "json" };

const Substitutions = z.record(z.string().length(1), z.string().regex(/^[a-z]$/));
const LeetspeakSchema = z.object({ about: z.string(), inside: Substitutions, joiners: Substitutions });

function codeMap(substitutions: Record<string, string>): ReadonlyMap<number, number> {
  return new Map(Object.entries(substitutions).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
}

const table = LeetspeakSchema.parse(leetspeak);
/** Digits and symbols that stand for a letter inside a word, with that letter. */
export const INSIDE = codeMap(table.inside);
/** Punctuation that stands for a letter only between letters, with that letter. */
export const JOINERS = codeMap(table.joiners);
