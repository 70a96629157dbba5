// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeOverlay, showOverlay } from "../../../src/content/overlay/index.ts";
import { reasonKeyOf } from "../../../src/ui/kit/wording.ts";
import { compileEngine } from "../../../src/rules/engine.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { packsFor } from "../../../src/settings/rule-packs.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../messages.ts";

const judge = (text: string, custom: Partial<Settings["custom"]> = {}) => {
  const settings = { ...structuredClone(DEFAULT_SETTINGS), custom: { terms: [], hashtags: [], links: [], ...custom } };
  return compileEngine(packsFor(mergeEffective(settings)), { sensitivity: "balanced" }).evaluate({ text });
};

describe("the sentence under the heading", () => {
  it("is a neutral one when only the reader's own words flagged the post", () => {
    const byOwnWord = judge("I have a cat", { terms: ["cat"] });
    expect(byOwnWord.verdict).toBe("flag");
    expect(reasonKeyOf(byOwnWord)).toBe("overlayReasonOwnList");
    expect(reasonKeyOf(judge("new #cats photos", { hashtags: ["cats"] }))).toBe("overlayReasonOwnList");
  });

  it("is the neutral one when an exception cancelled the built-in words and the own word alone flags", () => {
    const v = judge("my new sofa is nude colour", { terms: ["sofa"] });
    expect(v.reasons.some((r) => r.rule === "intimate" || r.weight < 0)).toBe(true);
    expect(reasonKeyOf(v)).toBe("overlayReasonOwnList");
  });

  it("names the kind of post when the built-in rules flag it too", () => {
    const v = judge("her nudes leaked, full video on my sofa", { terms: ["sofa"] });
    expect(v.reasons.map((r) => r.rule)).toContain("custom-terms");
    expect(reasonKeyOf(v)).toBe("overlayReasonIntimateLeak");
    expect(reasonKeyOf(judge("her nudes leaked, full video"))).toBe("overlayReasonIntimateLeak");
  });
});

describe("the overlay over an own-word flag", () => {
  let post: HTMLElement;
  beforeEach(() => {
    setMessageLookup(lookupFor("en"));
    post = document.body.appendChild(document.createElement("article"));
  });
  afterEach(() => {
    removeOverlay(post, post);
    document.body.replaceChildren();
    setMessageLookup(null);
  });

  it("says the post matches the reader's own list, not that it offers leaked images", () => {
    showOverlay(post, post, judge("I have a cat", { terms: ["cat"] }), { site: "x", theme: "light", allowReveal: true, style: "blur" });
    const sentence = post.querySelector("[data-second-look-overlay]")?.shadowRoot?.querySelector(".reason")?.textContent;
    expect(sentence).toBe("This post contains a word, hashtag or link from your own list.");
  });
});
