import { z } from "zod";
import spacing from "../../data/spacing-separators.json" with { type: "json" };

const SpacingSchema = z.object({ about: z.string(), separators: z.string().min(1) });

/** Characters besides whitespace that may stand between spaced-out letters. */
export const SPACING_SEPARATORS: ReadonlySet<number> = new Set(
  [...SpacingSchema.parse(spacing).separators].map((c) => c.codePointAt(0) ?? 0),
);
