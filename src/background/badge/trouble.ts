import { z } from "zod";
import { SiteSchema } from "../../sites/snapshot.ts";
import type { FlagBadge } from "./flag-badge.ts";

export const TROUBLE_MESSAGE = "second-look/trouble";

/**
 * Content script → worker: a batch got no usable answer after every retry (timeouts, rejections, nonsense), so
 * its posts are shown unjudged. The worker may have failed without knowing (stopped mid-batch, hung, answering
 * garbage): only the page sees that, and only the worker can put it on the toolbar button.
 */
export const TroubleMessageSchema = z.object({
  type: z.literal(TROUBLE_MESSAGE),
  page: z.string().min(1).max(100),
  site: SiteSchema,
});
export type TroubleMessage = z.infer<typeof TroubleMessageSchema>;

const isTroubleMessage = (message: unknown) =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === TROUBLE_MESSAGE;

/** The runtime.onMessage listener for trouble reports; other messages get `undefined`, a malformed report zod's account of it. */
export function createTroubleHandler(badge: Pick<FlagBadge, "trouble">) {
  return (message: unknown, sender: { tab?: { id?: number } }): Promise<null> | undefined => {
    if (!isTroubleMessage(message)) return undefined;
    const report = TroubleMessageSchema.safeParse(message);
    if (!report.success) return Promise.reject(new Error(`${TROUBLE_MESSAGE}: malformed report\n${z.prettifyError(report.error)}`));
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve(null);
    return badge.trouble(tabId, report.data.page, report.data.site, "messages").then(() => null);
  };
}
