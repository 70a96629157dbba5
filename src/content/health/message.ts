import { z } from "zod";

export const HEALTH_MESSAGE = "second-look/page-health";

/** Popup → the tab's content script: how well can you read this page? */
export const HealthRequestSchema = z.strictObject({ type: z.literal(HEALTH_MESSAGE) });

/**
 * Content script → popup. `seen`: posts the adapter recognises on the page now; `judged`: those of them that got a
 * verdict; `unreadable`: the page looks like a feed, yet no post was judged after a while (the site's markup drifted).
 */
export const HealthReportSchema = z.strictObject({
  seen: z.number().int().min(0),
  judged: z.number().int().min(0),
  unreadable: z.boolean(),
});

export type HealthRequest = z.infer<typeof HealthRequestSchema>;
export type HealthReport = z.infer<typeof HealthReportSchema>;
