import { z } from "zod";

/** What the engine reads of a post: the same shape for the CLI, the background worker and the tests. */
export const PostTextSchema = z.object({
  id: z.string().min(1, "use a non-empty string, such as post-1"),
  text: z.string(),
  hashtags: z.array(z.string()).default([]),
  links: z.array(z.string()).default([]),
  /**
   * The author's display name as the page shows it (emoji read from their alt text), or null: reply bots put
   * their bait there while the post itself says "hi". Weighed with the text; never fetched, only read.
   */
  name: z.string().nullable().default(null),
});

export type PostText = z.output<typeof PostTextSchema>;
export type PostTextInput = z.input<typeof PostTextSchema>;
