import { z } from "zod";
import { OPEN_LEARN_MESSAGE, OpenLearnMessageSchema } from "./message.ts";

export const LEARN_PAGE = "src/ui/learn/index.html";

/** The part of browser.tabs this needs; creating a tab on an extension page needs no permission. */
export interface LearnTabs {
  create(properties: { url: string; openerTabId?: number; windowId?: number; index?: number }): Promise<unknown>;
}

export interface LearnSender {
  tab?: { id?: number; windowId?: number; index?: number };
}

/**
 * The runtime.onMessage listener that opens the learn page next to the tab that asked (so closing it returns
 * there); other messages get `undefined`, a malformed request is rejected with what is wrong.
 */
export function createLearnHandler(tabs: LearnTabs, urlOf: (path: string) => string) {
  return (message: unknown, sender: LearnSender): Promise<void> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== OPEN_LEARN_MESSAGE) return undefined;
    const parsed = OpenLearnMessageSchema.safeParse(message);
    if (!parsed.success) return Promise.reject(new Error(`${OPEN_LEARN_MESSAGE}: malformed message\n${z.prettifyError(parsed.error)}`));
    const { id, windowId, index } = sender.tab ?? {};
    return tabs
      .create({
        url: urlOf(LEARN_PAGE),
        ...(id !== undefined && { openerTabId: id }),
        ...(windowId !== undefined && { windowId }),
        ...(index !== undefined && { index: index + 1 }),
      })
      .then(() => undefined);
  };
}
