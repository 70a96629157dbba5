import { z } from "zod";

export const STAT_MESSAGE = "second-look/stat";

/** Content script → worker: something the reader did, counted locally (flags are counted by the worker itself). */
export const StatMessageSchema = z.object({
  type: z.literal(STAT_MESSAGE),
  name: z.enum(["revealed", "sharesPaused", "sharesCancelled"]),
});
export type StatMessage = z.infer<typeof StatMessageSchema>;
