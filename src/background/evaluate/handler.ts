import { z } from "zod";
import type { FlagBadge } from "../badge/flag-badge.ts";
import type { EffectiveWanted } from "../../settings/storage.ts";
import type { BatchEvaluator } from "./engine-source.ts";
import { EVALUATE_MESSAGE, EvaluateRequestSchema, type EvaluateResponse } from "./message.ts";

const isEvaluateMessage = (message: unknown) =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === EVALUATE_MESSAGE;

export interface EvaluateHandlerDeps {
  /** The evaluator for the settings in force now. */
  evaluator: (wanted?: EffectiveWanted) => Promise<BatchEvaluator>;
  badge: FlagBadge;
  /** Counts newly flagged posts for the local statistics. */
  countFlagged?: (added: number) => Promise<void>;
}

/**
 * The runtime.onMessage listener for evaluation requests. Other messages get `undefined` so that another
 * listener may answer them; a malformed evaluation request is rejected with zod's account of what is wrong.
 */
export function createEvaluateHandler({ evaluator, badge, countFlagged }: EvaluateHandlerDeps) {
  return (message: unknown, sender: { tab?: { id?: number } }): Promise<EvaluateResponse> | undefined => {
    if (!isEvaluateMessage(message)) return undefined;
    const request = EvaluateRequestSchema.safeParse(message);
    if (!request.success) {
      return Promise.reject(new Error(`${EVALUATE_MESSAGE}: malformed request\n${z.prettifyError(request.error)}`));
    }
    const { page, posts, settled } = request.data;
    const tabId = sender.tab?.id;
    return evaluator({ settled })
      .then((current) => {
        const verdicts = current.evaluateBatch(posts);
        if (tabId !== undefined && posts[0]) {
          const flagged = verdicts.filter((v) => v.verdict.verdict === "flag").map((v) => v.id);
          void badge.record(tabId, page, posts[0].site, flagged).then((added) => countFlagged?.(added));
        }
        return { verdicts };
      })
      .catch((error: unknown) => {
        // The page shows these posts unjudged: the toolbar button and the popup must say so.
        if (tabId !== undefined && posts[0]) void badge.trouble(tabId, page, posts[0].site, "engine");
        throw new Error(`${EVALUATE_MESSAGE}: evaluation failed: ${String(error)}`);
      });
  };
}
