import { z } from "zod";

/** What the engine reads of a post: the same shape for the CLI, the background worker and the tests. */
export const PostTextSchema = z.object({
  id: z.string().min(1, "use a non-empty string, such as post-1"),
  text: z.string(),
  hashtags: z.array(z.string()).default([]),
  links: z.array(z.string()).default([]),
});

export type PostText = z.output<typeof PostTextSchema>;
export type PostTextInput = z.input<typeof PostTextSchema>;
