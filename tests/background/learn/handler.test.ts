import { describe, expect, it, vi } from "vitest";
import { createLearnHandler, LEARN_PAGE } from "../../../src/background/learn/handler.ts";
import { OPEN_LEARN_MESSAGE } from "../../../src/background/learn/message.ts";

const setup = () => {
  const create = vi.fn(async () => ({}));
  const handle = createLearnHandler({ create }, (path) => `chrome-extension://abc/${path}`);
  return { create, handle };
};

describe("createLearnHandler", () => {
  it("opens the learn page in a new tab right after the reader's tab, in its window", async () => {
    const { create, handle } = setup();
    await handle({ type: OPEN_LEARN_MESSAGE }, { tab: { id: 7, windowId: 2, index: 3 } });
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: `chrome-extension://abc/${LEARN_PAGE}`, openerTabId: 7, windowId: 2, index: 4 });
  });

  it("opens it without a tab to sit beside (the popup, a test page)", async () => {
    const { create, handle } = setup();
    await handle({ type: OPEN_LEARN_MESSAGE }, {});
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: `chrome-extension://abc/${LEARN_PAGE}` });
  });

  it("leaves other messages to other listeners", () => {
    const { create, handle } = setup();
    expect(handle({ type: "second-look/stat", name: "revealed" }, {})).toBeUndefined();
    expect(handle(null, {})).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });

  it("refuses a malformed request, saying what is wrong, and opens nothing", async () => {
    const { create, handle } = setup();
    await expect(handle({ type: OPEN_LEARN_MESSAGE, url: "https://x.com/" }, {})).rejects.toThrow(/open-learn: malformed message[\s\S]*url/);
    expect(create).not.toHaveBeenCalled();
  });
});
