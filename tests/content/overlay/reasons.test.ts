// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { reasonItem, reasonLines } from "../../../src/content/overlay/reasons.ts";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { setMessageLookup } from "../../../src/ui/i18n.ts";
import { lookupFor } from "../../ui/messages.ts";

const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });

describe("reasons found in the account's display name", () => {
  beforeEach(() => setMessageLookup(lookupFor("de")));

  it("say so after their words, in the reader's language, so the reader knows where to look", () => {
    const v = engine.evaluate({ text: "hi 😘", name: "OF leaks 🔞 check bio" });
    expect(v.verdict).toBe("flag");
    const items = reasonLines(v.reasons, "page").map((line) => reasonItem(line).textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain("(im Namen des Kontos)");
  });

  it("say nothing of the name when the words are in the post", () => {
    const v = engine.evaluate({ text: "OF leaks 🔞 check bio", name: "Ana" });
    const items = reasonLines(v.reasons, "page").map((line) => reasonItem(line).textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toContain("Namen des Kontos");
  });
});
