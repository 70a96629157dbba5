import { z } from "zod";

/** Shape of data/confusables.generated.json: letters → every character that reads as those letters. */
export const ConfusablesTableSchema = z.object({
  about: z.string(),
  letters: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
});

export type ConfusablesTable = z.infer<typeof ConfusablesTableSchema>;
