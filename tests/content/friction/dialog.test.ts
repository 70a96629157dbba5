// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { askBeforeSharing } from "../../../src/content/friction/dialog.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../../ui/messages.ts";
import { userClick, userKey } from "../user-input.ts";

const root = () => document.querySelector("[data-second-look-friction]")?.shadowRoot;
const button = (name: string) => root()?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.replaceChildren();
  setMessageLookup(null);
  vi.useRealTimers();
});

describe("askBeforeSharing", () => {
  it("resolves share only through Share anyway, after the countdown, and removes itself", async () => {
    setMessageLookup(lookupFor("en"));
    const decision = askBeforeSharing({ action: "crosspost", site: "reddit", theme: "light", countdownSeconds: 2 });
    expect(root()?.textContent).toContain("You were about to post it in another community.");
    vi.advanceTimersByTime(2000);
    userClick(button("share-anyway") as Element);
    await expect(decision).resolves.toBe("share");
    expect(root()).toBeUndefined();
  });

  it("speaks Spanish from the Spanish catalogue, countdown included", async () => {
    setMessageLookup(lookupFor("es"));
    const decision = askBeforeSharing({ action: "copy-link", site: "x", theme: "dark", countdownSeconds: 3 });
    expect(root()?.querySelector("h2")?.textContent).toBe("Haz una pausa antes de compartir");
    expect(button("cancel")?.textContent).toBe("No compartir");
    expect(button("share-anyway")?.textContent).toBe("Compartir de todos modos (3)");
    expect(root()?.textContent).toContain("Ibas a copiar su enlace.");
    userClick(button("cancel") as Element);
    await expect(decision).resolves.toBe("cancel");
  });

  it("ignores a page script: .click(), dispatched clicks and synthetic Escape decide nothing; a person still can", async () => {
    setMessageLookup(lookupFor("en"));
    let decided: string | null = null;
    void askBeforeSharing({ action: "share", site: "x", theme: "light", countdownSeconds: 0 }).then((d) => (decided = d));
    button("share-anyway")?.click();
    button("cancel")?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    button("cancel")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    await Promise.resolve();
    expect(decided).toBeNull();
    expect(root()?.querySelector('[role="dialog"]')).not.toBeNull();

    userKey(button("cancel") as Element, "Escape");
    await Promise.resolve();
    expect(decided).toBe("cancel");
  });

  it("treats a negative or fractional countdown as whole seconds, never below zero", () => {
    setMessageLookup(lookupFor("en"));
    void askBeforeSharing({ action: "share", site: "x", theme: "light", countdownSeconds: -4 });
    expect(button("share-anyway")?.disabled).toBe(false);
    document.body.replaceChildren();
    void askBeforeSharing({ action: "share", site: "x", theme: "light", countdownSeconds: 1.9 });
    expect(button("share-anyway")?.textContent).toBe("Share anyway (1)");
  });
});
