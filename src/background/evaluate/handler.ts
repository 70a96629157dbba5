import { z } from "zod";
import type { FlagBadge } from "../badge/flag-badge.ts";
import type { Evaluator } from "./evaluator.ts";
import { EVALUATE_MESSAGE, EvaluateRequestSchema, type EvaluateResponse } from "./message.ts";

const isEvaluateMessage = (message: unknown) =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === EVALUATE_MESSAGE;

/**
 * The runtime.onMessage listener for evaluation requests. Other messages get `undefined` so that another
 * listener may answer them; a malformed evaluation request is rejected with zod's account of what is wrong.
 */
export function createEvaluateHandler({ evaluator, badge }: { evaluator: Evaluator; badge: FlagBadge }) {
  return (message: unknown, sender: { tab?: { id?: number } }): Promise<EvaluateResponse> | undefined => {
    if (!isEvaluateMessage(message)) return undefined;
    const request = EvaluateRequestSchema.safeParse(message);
    if (!request.success) {
      return Promise.reject(new Error(`${EVALUATE_MESSAGE}: malformed request\n${z.prettifyError(request.error)}`));
    }
    try {
      const verdicts = evaluator.evaluateBatch(request.data.posts);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const flagged = verdicts.filter((v) => v.verdict.verdict === "flag").map((v) => v.id);
        void badge.record(tabId, request.data.page, flagged);
      }
      return Promise.resolve({ verdicts });
    } catch (error) {
      return Promise.reject(new Error(`${EVALUATE_MESSAGE}: evaluation failed: ${String(error)}`));
    }
  };
}
