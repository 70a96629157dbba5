import { z } from "zod";
import { PostTextSchema } from "../rules/schema/post.ts";

export const SiteSchema = z.enum(["x", "reddit", "old-reddit"]);
export type Site = z.infer<typeof SiteSchema>;

/**
 * One post as a site adapter reads it: the engine's input plus what the overlay and allow-lists need.
 * `id` is stable across re-renders (X status id, Reddit fullname), never derived from the DOM node.
 */
export const PostSnapshotSchema = PostTextSchema.extend({
  site: SiteSchema,
  kind: z.enum(["post", "comment"]),
  author: z.string().nullable(),
  /** Subreddit name without r/, when the post belongs to one. */
  community: z.string().nullable(),
  permalink: z.string().nullable(),
  hasMedia: z.boolean(),
});
export type PostSnapshot = z.output<typeof PostSnapshotSchema>;
