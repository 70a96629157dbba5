// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { TEST_DEBOUNCE_MS } from "../../../src/ui/options/panes/test-post.ts";
import { lookupFor } from "../messages.ts";
import { byId, settle, typeInto } from "../page-helpers.ts";
import { closeOptions, openOptions, useOptionsPage } from "./open.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

useOptionsPage();

const add = async (field: string, value: string) => {
  typeInto(field, value);
  byId<HTMLInputElement>(field).form?.requestSubmit();
  await settle();
};
/** The error the links list itself gives for a value typed there. */
const linksErrorFor = (value: string) => {
  typeInto("opt-custom-links-new", value);
  return byId("opt-custom-links-error").textContent;
};
const note = () => byId("opt-custom-terms-note").textContent;

describe("own words", () => {
  it("adds a very short word with a caution that says why, read with the field", async () => {
    const { stored } = await openOptions();
    typeInto("opt-custom-terms-new", "a");
    expect(note()).toBe("“a” is very short: it also appears in many ordinary posts, and each of them will be flagged.");
    expect(byId("opt-custom-terms-new").getAttribute("aria-describedby")?.split(" ")).toContain("opt-custom-terms-note");
    expect(byId("opt-custom-terms-new").hasAttribute("aria-invalid")).toBe(false);
    await add("opt-custom-terms-new", "a");
    expect(stored()?.custom.terms).toEqual(["a"]);
    // Still there after the entry went on the list, until the next edit.
    expect(note()).toContain("“a” is very short");
    typeInto("opt-custom-terms-new", "sofa");
    expect(note()).toBe("");
  });

  it("cautions about a very common word of the page's language, and of English", async () => {
    await openOptions();
    typeInto("opt-custom-terms-new", "The");
    expect(note()).toBe("“The” is a very common word: it appears in many ordinary posts, and each of them will be flagged.");
    typeInto("opt-custom-terms-new", "zorblax");
    expect(note()).toBe("");
    const pages = [
      ["de", "nicht", "„nicht“ ist ein sehr häufiges Wort: Es steht in vielen gewöhnlichen Beiträgen, und jeder davon wird markiert."],
      // The Filipino page's language tag is "fil", not the rule packs' "tl".
      ["fil", "mayroon", "Napakakaraniwang salita ng “mayroon”: lumalabas ito sa maraming ordinaryong post, at mamarkahan ang bawat isa sa mga iyon."],
    ] as const;
    for (const [lang, word, caution] of pages) {
      setMessageLookup(lookupFor(lang));
      closeOptions();
      document.body.replaceChildren();
      await openOptions();
      typeInto("opt-custom-terms-new", word);
      expect(note(), lang).toBe(caution);
    }
  });

  it("puts a hashtag typed as a word on the own hashtags, saying so", async () => {
    const { stored } = await openOptions();
    typeInto("opt-custom-terms-new", "#tag");
    expect(note()).toBe("“#tag” is a hashtag, so it goes on your own hashtags.");
    await add("opt-custom-terms-new", "#tag");
    expect(stored()?.custom).toMatchObject({ terms: [], hashtags: ["#tag"] });
    expect(byId("opt-custom-hashtags-new").closest("fieldset")?.querySelector("ul")?.textContent).toContain("#tag");
    expect(note()).toContain("goes on your own hashtags");
  });

  it("puts a pasted link on the own links as a host, saying so", async () => {
    const { stored } = await openOptions();
    await add("opt-custom-terms-new", "https://t.me/x");
    expect(stored()?.custom).toMatchObject({ terms: [], links: ["t.me/x"] });
    expect(note()).toBe("“https://t.me/x” is a link, so it goes on your own links.");
    await add("opt-custom-terms-new", "www.Example.org/leaks");
    expect(stored()?.custom.links).toEqual(["t.me/x", "example.org/leaks"]);
  });

  it("refuses a link that is no host, with the links list's own reason, and keeps it off every list", async () => {
    const { storage } = await openOptions();
    await add("opt-custom-terms-new", "https://nohost");
    expect(byId("opt-custom-terms-new").getAttribute("aria-invalid")).toBe("true");
    expect(byId("opt-custom-terms-error").textContent).toBe(linksErrorFor("nohost"));
    expect(note()).toBe("");
    expect(storage.data).toEqual({});
  });

  it("the tester flags a post with an own word despite a built-in exception, saying it matches the reader's list", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = openOptions({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, custom: { terms: ["sofa"], hashtags: [], links: [] } } });
    await vi.runAllTimersAsync();
    await mounting;
    typeInto("opt-test-text", "my new sofa is nude colour");
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    const result = byId("opt-test-result");
    expect(result.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("flag");
    expect(result.querySelector("[data-category]")?.textContent).toBe("This post contains a word, hashtag or link from your own list.");
    expect(result.textContent).not.toContain("leaked private images");
  });
});
