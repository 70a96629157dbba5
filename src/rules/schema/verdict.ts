import { z } from "zod";
import { CategorySchema } from "./pack.ts";

export const ReasonSchema = z.object({
  rule: z.string(),
  /** The words as they appear in the original post (not the normalised form). */
  match: z.string(),
  weight: z.number(),
  /** The rule's plain description, for the "why" panel. */
  description: z.string(),
  /** Present when the words (or one part of a combination) are in the account's display name, not the post. */
  where: z.literal("name").optional(),
});

export const VerdictSchema = z.object({
  verdict: z.enum(["flag", "ok"]),
  score: z.number().min(0).max(1),
  category: CategorySchema.nullable(),
  reasons: z.array(ReasonSchema),
});

export type Reason = z.infer<typeof ReasonSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
