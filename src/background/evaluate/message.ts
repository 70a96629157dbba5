import { z } from "zod";
import { VerdictSchema } from "../../rules/schema/verdict.ts";
import { PostSnapshotSchema } from "../../sites/snapshot.ts";

export const EVALUATE_MESSAGE = "second-look/evaluate";

/** Posts per message: keeps one message's evaluation well under a frame's worth of worker time. */
export const MAX_BATCH = 50;

/** Content script → worker: posts to judge. `page` names the document, so the badge restarts with each new one. */
export const EvaluateRequestSchema = z.object({
  type: z.literal(EVALUATE_MESSAGE),
  page: z.string().min(1).max(100),
  posts: z.array(PostSnapshotSchema).min(1).max(MAX_BATCH),
  /**
   * The page acts on the settings with the policy: judge under them too, waiting for the policy if the worker is
   * still reading it. Without it the worker may judge by the user's settings alone meanwhile (readEffectiveEarly).
   */
  settled: z.boolean().optional(),
});

/** Worker → content script: one verdict for every post of the request. */
export const EvaluateResponseSchema = z.object({
  verdicts: z.array(z.object({ id: z.string().min(1), verdict: VerdictSchema })),
});

export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;
export type EvaluateResponse = z.infer<typeof EvaluateResponseSchema>;
export type PostVerdict = EvaluateResponse["verdicts"][number];
