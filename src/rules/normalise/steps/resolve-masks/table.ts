import { z } from "zod";
import masks from "../../data/masks.json" with { type: "json" };

const MasksSchema = z.object({
  about: z.string(),
  masks: z.array(z.string().length(1)),
  ambiguous: z.record(z.string().length(1), z.string().regex(/^[a-z]{2,}$/)),
});

const table = MasksSchema.parse(masks);
/** Symbols that hide one letter between letters of a word. */
export const MASKS: ReadonlySet<number> = new Set(table.masks.map((m) => m.charCodeAt(0)));
/** Leetspeak characters with every letter they may stand for. */
export const AMBIGUOUS: ReadonlyMap<number, string> = new Map(Object.entries(table.ambiguous).map(([from, to]) => [from.charCodeAt(0), to]));
