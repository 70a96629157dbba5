import { z } from "zod";

export const LANGUAGES = ["en", "es", "pt", "fr", "de", "id", "tl", "hi"] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const TRICKS = ["leet", "zero-width", "homoglyph", "math-bold", "fullwidth", "spacing", "repeat", "strike", "mixed"] as const;
export const TrickSchema = z.enum(TRICKS);
export type Trick = z.infer<typeof TrickSchema>;

const Lines = z.array(z.string().min(1)).min(1);

export const TemplatesSchema = z.object({
  names: Lines,
  baitLinks: Lines,
  benignLinks: Lines,
  baitEmoji: Lines,
  emoji: Lines,
  languages: z.record(LanguageSchema, z.object({ ordinary: Lines, hardNegative: Lines, bait: Lines, filler: Lines })),
});
export type Templates = z.infer<typeof TemplatesSchema>;

const CharMap = z.record(z.string().length(1), z.string().min(1));
export const TrickTablesSchema = z.object({
  leet: CharMap,
  homoglyph: CharMap,
  zeroWidth: Lines,
  spacers: Lines,
  strike: z.string().length(1),
});
export type TrickTables = z.infer<typeof TrickTablesSchema>;

/** One generated post with the labels recall is computed from. */
export const BenchPostSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: LanguageSchema,
  site: z.enum(["x", "reddit"]),
  kind: z.enum(["ordinary", "hard-negative", "bait"]),
  /** The trick applied to the bait term, or null when the bait is plain (or the post is no bait). */
  trick: TrickSchema.nullable(),
  /** The pack term the bait was built from, as written in the pack (null for non-bait posts). */
  baitTerm: z.string().nullable(),
});
export type BenchPost = z.infer<typeof BenchPostSchema>;
