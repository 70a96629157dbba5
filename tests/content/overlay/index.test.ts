// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  onOverlayEvent,
  removeOverlay,
  setOverlayTheme,
  showOverlay,
  type OverlayEvent,
  type OverlayOptions,
} from "../../../src/content/overlay/index.ts";
import { reasonLines } from "../../../src/ui/kit/reasons.ts";
import { compileEngine } from "../../../src/rules/engine.ts";
import { MODEL_RULE } from "../../../src/rules/model/rule-id.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import type { Verdict } from "../../../src/rules/schema/verdict.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { packsFor } from "../../../src/settings/rule-packs.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { ONLY_THE_MODEL_FLAGS, shippedModel } from "../../background/model/models.ts";
import { lookupFor } from "../../ui/messages.ts";
import { userClick } from "../user-input.ts";

const HOSTILE = '<img src=x onerror="globalThis.__pwned = true">';

const verdict: Verdict = {
  verdict: "flag",
  score: 0.92,
  category: "intimate-leak",
  reasons: [
    { rule: "leak.offer", match: "full leak pack", weight: 0.6, description: "Offers a leaked collection of private media." },
    { rule: "link.telegram", match: HOSTILE, weight: 0.3, description: "Points to a private chat channel." },
  ],
};

const options: OverlayOptions = {
  site: "x",
  theme: "light",
  allowReveal: true,
  style: "blur",
};

let post: HTMLElement;

beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  post = document.createElement("article");
  post.setAttribute("data-second-look", "flag");
  post.append(Object.assign(document.createElement("div"), { textContent: "post text" }));
  document.body.append(post);
});

afterEach(() => {
  removeOverlay(post, post);
  document.body.replaceChildren();
  setMessageLookup(null);
});

const overlays = (host: Element = post) => [...host.children].filter((child) => child.hasAttribute("data-second-look-overlay"));
function shadow(host: Element = post): ShadowRoot {
  const root = overlays(host)[0]?.shadowRoot;
  if (!root) throw new Error("no overlay shadow root");
  return root;
}
const button = (action: string, host: Element = post) => shadow(host).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
/** A person's click on one of the overlay's buttons. */
const click = (action: string, host: Element = post) => {
  const target = button(action, host);
  if (target) userClick(target);
};
const whyRegion = () => shadow().querySelector<HTMLElement>('[role="region"]');

describe("showOverlay", () => {
  it("covers the post with a marked element whose open shadow root holds the heading and one sentence", () => {
    showOverlay(post, post, verdict, options);
    expect(overlays()).toHaveLength(1);
    const root = shadow();
    expect(root.mode).toBe("open");
    expect(root.querySelector("h2")?.textContent).toBe("Unverified · possibly non-consensual");
    expect(root.querySelector(".reason")?.textContent).toBe("This post appears to offer leaked private images of a person.");
    expect(post.hasAttribute("data-second-look-blur")).toBe(true);
    expect(overlays()[0]?.getAttribute("data-mode")).toBe("cover");
    expect(document.head.querySelectorAll("style[data-second-look-style]")).toHaveLength(1);
  });

  it("says why per category, and has a sentence for a flag without one", () => {
    showOverlay(post, post, { ...verdict, category: "scam-dm" }, options);
    expect(shadow().querySelector(".reason")?.textContent).toBe("This post looks like a known scam that claims to have a video of you.");
    showOverlay(post, post, { ...verdict, category: null }, options);
    expect(shadow().querySelector(".reason")?.textContent).toBe(
      "This post matches patterns often used to spread private images without consent.",
    );
  });

  it("is idempotent: a second call updates the same overlay instead of adding one", () => {
    showOverlay(post, post, verdict, options);
    const first = overlays()[0];
    showOverlay(post, post, verdict, options);
    showOverlay(post, post, { ...verdict, category: "deepfake" }, options);
    expect(overlays()).toHaveLength(1);
    expect(overlays()[0]).toBe(first);
    expect(shadow().querySelector(".reason")?.textContent).toContain("fake, AI-made");
    expect(shadow().querySelectorAll(".box")).toHaveLength(1);
  });

  it("reveals on purpose: the post is marked, a label stays, and it can be hidden again", () => {
    const events: OverlayEvent["type"][] = [];
    const stop = onOverlayEvent((e) => events.push(e.type));
    showOverlay(post, post, verdict, options);
    click("reveal");
    expect(post.getAttribute("data-second-look-revealed")).toBe("true");
    expect(post.hasAttribute("data-second-look-blur")).toBe(false);
    expect(overlays()).toHaveLength(1);
    expect(shadow().querySelector("h2")?.textContent).toBe("Unverified · revealed");
    expect(button("reveal")).toBeNull();
    expect(shadow().activeElement).toBe(button("hide"));

    // A rescan keeps the reader's choice.
    showOverlay(post, post, { ...verdict, score: 0.95 }, options);
    expect(post.getAttribute("data-second-look-revealed")).toBe("true");

    click("hide");
    expect(post.hasAttribute("data-second-look-revealed")).toBe(false);
    expect(post.hasAttribute("data-second-look-blur")).toBe(true);
    expect(shadow().activeElement).toBe(button("reveal"));
    stop();
    click("why");
    expect(events).toEqual(["reveal", "hide"]);
  });

  it("offers no reveal when schools turn it off, and covers again a post revealed before", () => {
    showOverlay(post, post, verdict, options);
    click("reveal");
    showOverlay(post, post, verdict, { ...options, allowReveal: false });
    expect(button("reveal")).toBeNull();
    expect(button("hide")).toBeNull();
    expect(post.hasAttribute("data-second-look-revealed")).toBe(false);
    expect(post.hasAttribute("data-second-look-blur")).toBe(true);
    expect(button("why")).not.toBeNull();
  });

  it("goes first in the post when covering or revealed (read before it, the bar at its top), and below it as a label", () => {
    showOverlay(post, post, verdict, options);
    expect(post.firstElementChild).toBe(overlays()[0]);
    click("reveal");
    expect(post.firstElementChild).toBe(overlays()[0]);
    expect(post.hasAttribute("data-second-look-bar")).toBe(true);
    showOverlay(post, post, verdict, { ...options, style: "label" });
    expect(post.lastElementChild).toBe(overlays()[0]);
    expect(post.hasAttribute("data-second-look-bar")).toBe(false);
    showOverlay(post, post, verdict, options);
    expect(post.firstElementChild).toBe(overlays()[0]);
    expect(overlays()).toHaveLength(1);
  });

  it("label style leaves the post visible with a compact label that still explains", () => {
    showOverlay(post, post, verdict, { ...options, style: "label" });
    expect(post.hasAttribute("data-second-look-blur")).toBe(false);
    expect(overlays()[0]?.getAttribute("data-mode")).toBe("label");
    expect(shadow().querySelector("h2")?.textContent).toBe("Unverified · possibly non-consensual");
    expect(button("reveal")).toBeNull();
    expect(button("why")).not.toBeNull();
  });

  it("keeps its clicks from the site: a click on Why does not reach the post's own handler", () => {
    let siteClicks = 0;
    post.addEventListener("click", () => (siteClicks += 1));
    showOverlay(post, post, verdict, options);
    click("why");
    expect(siteClicks).toBe(0);
  });

  it("anchors the host while it is covered, and only then", () => {
    showOverlay(post, post, verdict, options);
    expect(post.hasAttribute("data-second-look-anchor")).toBe(true);
    showOverlay(post, post, verdict, { ...options, style: "label" });
    expect(post.hasAttribute("data-second-look-anchor")).toBe(false);
    showOverlay(post, post, verdict, options);
    removeOverlay(post, post);
    expect(post.hasAttribute("data-second-look-anchor")).toBe(false);
  });

  it("puts the blur style inside the site's shadow root when the host lives there", () => {
    const card = document.createElement("div");
    document.body.append(card);
    const inner = document.createElement("div");
    card.attachShadow({ mode: "open" }).append(inner);
    showOverlay(card, inner, verdict, options);
    expect(card.shadowRoot?.querySelectorAll("style[data-second-look-style]")).toHaveLength(1);
    expect(overlays(inner)).toHaveLength(1);
    removeOverlay(card, inner);
  });
});

describe("the why panel", () => {
  it("opens in place as an expandable region listing each reason and its words as text", () => {
    showOverlay(post, post, verdict, options);
    const why = button("why");
    expect(why?.getAttribute("aria-expanded")).toBe("false");
    expect(whyRegion()).toBeNull(); // built only when opened
    if (why) userClick(why);
    expect(button("why")?.getAttribute("aria-expanded")).toBe("true");
    expect(button("why")?.getAttribute("aria-controls")).toBe(whyRegion()?.id);
    expect(whyRegion()?.hidden).toBe(false);
    expect(post.hasAttribute("data-second-look-expanded")).toBe(true);

    const items = [...shadow().querySelectorAll(".signals li")];
    expect(items.map((li) => li.querySelector("span")?.textContent)).toEqual([
      "Offers a leaked collection of private media.",
      "Points to a private chat channel.",
    ]);
    expect(items.map((li) => li.querySelector("q")?.textContent)).toEqual(["full leak pack", HOSTILE]);
  });

  it("lists a real bait post's overlapping signals as a few lines and never shows the address the cover hides", () => {
    const judged = compileEngine(defaultPacks(), { sensitivity: "balanced" }).evaluate({
      text: "Nudes of Mia Castell leaked 🔞 full video link in bio https://t.me/miacastell_vault_files",
    });
    expect(judged.reasons.length).toBeGreaterThan(5);
    showOverlay(post, post, judged, options);
    click("why");
    const items = [...shadow().querySelectorAll(".signals li")];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(shadow().textContent).not.toContain("miacastell_vault_files");
    expect([...shadow().querySelectorAll(".signals .link")].map((el) => el.textContent)).toEqual(["t.me/…"]);
    const quoted = [...shadow().querySelectorAll(".signals q")].map((q) => q.textContent?.toLowerCase());
    expect(new Set(quoted).size).toBe(quoted.length);
  });

  it("keeps page text inert: markup in a match never becomes an element", () => {
    showOverlay(post, post, verdict, options);
    click("why");
    expect(shadow().querySelector("img")).toBeNull();
    const quote = [...shadow().querySelectorAll("q")].find((q) => q.textContent === HOSTILE);
    expect(quote?.childNodes).toHaveLength(1);
    expect(quote?.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it("names the learned check's words in the reader's language, quoting only the post's own words", async () => {
    const { model } = await shippedModel();
    const real = compileEngine(defaultPacks(), { sensitivity: "balanced", model }).evaluate({ text: ONLY_THE_MODEL_FLAGS });
    const english = real.reasons.find((r) => r.rule === MODEL_RULE)?.description ?? "";
    expect(english).not.toBe("");
    setMessageLookup(lookupFor("fr"));
    showOverlay(post, post, real, options);
    click("why");

    // The model flags only where the rules saw some evidence, which is listed too; its own words share one line.
    const items = [...shadow().querySelectorAll(`.signals li[data-rule="${MODEL_RULE}"]`)];
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector("span")?.textContent).toBe("Mots qui ont le plus pesé dans la vérification apprise :");
    const quotes = [...(items[0]?.querySelectorAll("q") ?? [])].map((q) => q.textContent ?? "");
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const quote of quotes) expect(ONLY_THE_MODEL_FLAGS).toContain(quote);
    expect(shadow().textContent).not.toContain(english);
  });

  it("keeps the learned check's words inert too, after the rules' own reasons", () => {
    const both: Verdict = {
      ...verdict,
      reasons: [...verdict.reasons, { rule: MODEL_RULE, match: HOSTILE, weight: 1.2, description: "Weighed most" }, { rule: MODEL_RULE, match: "vid", weight: 0.8, description: "Weighed most" }],
    };
    showOverlay(post, post, both, options);
    click("why");
    const items = [...shadow().querySelectorAll(".signals li")];
    expect(items.map((li) => li.querySelector("span")?.textContent)).toEqual([
      "Offers a leaked collection of private media.",
      "Points to a private chat channel.",
      "Words that weighed most in the learned check:",
    ]);
    expect(items[2]?.textContent).toBe(`Words that weighed most in the learned check: ${HOSTILE}, vid`);
    expect(shadow().querySelector("img")).toBeNull();
  });

  it("gives SIFT tips, help links that open safely, and the learn page", () => {
    showOverlay(post, post, verdict, options);
    click("why");
    expect([...shadow().querySelectorAll(".tips li")].map((li) => li.textContent?.split(":")[0])).toEqual([
      "Stop",
      "Investigate the source",
      "Find better coverage",
      "Trace it to the original",
    ]);
    const links = [...shadow().querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://stopncii.org/", "https://takeitdown.ncmec.org/"]);
    for (const a of links) {
      expect(a.target).toBe("_blank");
      expect(a.rel).toBe("noopener noreferrer");
      expect(a.querySelector(".visually-hidden")?.textContent).toContain("opens in a new tab");
    }
    // The learn page opens through the worker: no extension URL (a Firefox install's own id) in the page.
    expect(button("learn")?.textContent).toBe("Learn more about leak-bait posts (opens in a new tab)");
    const values = [...shadow().querySelectorAll("*")].flatMap((el) => [...el.attributes].map((attr) => attr.value));
    expect(values.filter((value) => value.includes("extension://"))).toEqual([]);
  });

  it("asks for the learn page when a person picks it, and leaves the overlay as it was", () => {
    const events: OverlayEvent["type"][] = [];
    const stop = onOverlayEvent((e) => events.push(e.type));
    showOverlay(post, post, verdict, options);
    click("why");
    const learn = button("learn");
    click("learn");
    stop();
    expect(events).toEqual(["why", "learn"]);
    expect(button("learn")).toBe(learn);
    expect(whyRegion()).not.toBeNull();
  });

  it("explains how to report on the site the post is on", () => {
    const report = (site: OverlayOptions["site"]) => {
      showOverlay(post, post, verdict, { ...options, site });
      if (button("why")?.getAttribute("aria-expanded") === "false") click("why");
      return shadow().querySelector(".report")?.textContent;
    };
    expect(report("x")).toContain("⋯ menu");
    expect(report("reddit")).toContain("Non-consensual intimate media");
    expect(report("old-reddit")).toContain("under the post");
    expect(new Set([report("x"), report("reddit"), report("old-reddit")]).size).toBe(3);
  });

  it("stays open across an in-place update", () => {
    showOverlay(post, post, verdict, options);
    click("why");
    showOverlay(post, post, { ...verdict, score: 0.99 }, options);
    expect(button("why")?.getAttribute("aria-expanded")).toBe("true");
    expect(whyRegion()?.hidden).toBe(false);
  });
});

describe("what the page can read and do", () => {
  /** A real verdict on a post that matches the reader's own word, the school's hashtag, an own link host and built-in rules. */
  function ownListVerdict(): Verdict {
    const settings = { ...DEFAULT_SETTINGS, custom: { terms: ["jordan smith"], hashtags: [], links: ["jordan-vault.example"] } };
    const engine = compileEngine(packsFor(mergeEffective(settings, { ExtraHashtags: ["jordanfiles"] })), { sensitivity: "balanced" });
    const judged = engine.evaluate({ text: "jordan smith, full video leaked #jordanfiles https://jordan-vault.example/x" });
    expect(judged.verdict).toBe("flag");
    return judged;
  }

  it("names the reader's own lists without quoting them, and still quotes the built-in rules' words", () => {
    const judged = ownListVerdict();
    showOverlay(post, post, judged, options);
    click("why");
    const text = shadow().textContent ?? "";
    expect(text.toLowerCase()).not.toContain("jordan");
    const labels = [...shadow().querySelectorAll(".signals li span")].map((span) => span.textContent);
    expect(labels).toEqual(expect.arrayContaining(["A word on your own list", "A hashtag on your own list", "A link to a site on your own list"]));
    expect(labels.filter((label) => label === "A word on your own list")).toHaveLength(1);
    expect([...shadow().querySelectorAll("q")].map((q) => q.textContent)).toContain("full video");
  });

  it("keeps the words for the options page's tester", () => {
    const quotes = reasonLines(ownListVerdict().reasons, "options").flatMap((line) => line.quotes);
    expect(quotes).toEqual(expect.arrayContaining(["jordan smith", "#jordanfiles", "jordan-vault.example/x"]));
  });

  it("ignores a page script's clicks and dispatched events on reveal and why; a person's click still works", () => {
    const events: OverlayEvent["type"][] = [];
    const stop = onOverlayEvent((e) => events.push(e.type));
    showOverlay(post, post, verdict, options);
    button("reveal")?.click();
    button("why")?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    const reveal = button("reveal");
    reveal?.focus();
    reveal?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
    expect(post.hasAttribute("data-second-look-revealed")).toBe(false);
    expect(button("why")?.getAttribute("aria-expanded")).toBe("false");
    expect(events).toEqual([]);

    click("reveal");
    stop();
    expect(post.getAttribute("data-second-look-revealed")).toBe("true");
    expect(events).toEqual(["reveal"]);
  });
});

describe("theme and language", () => {
  it("follows the site's theme, now and when it switches", () => {
    showOverlay(post, post, verdict, { ...options, theme: "dark" });
    const overlay = overlays()[0];
    expect(overlay?.getAttribute("data-theme")).toBe("dark");
    setOverlayTheme("light");
    expect(overlay?.getAttribute("data-theme")).toBe("light");
    showOverlay(post, post, verdict, { ...options, theme: "dark" });
    expect(overlay?.getAttribute("data-theme")).toBe("dark");
  });

  it("speaks Spanish from the Spanish catalogue", () => {
    setMessageLookup(lookupFor("es"));
    showOverlay(post, post, verdict, options);
    expect(shadow().querySelector("h2")?.textContent).toBe("Sin verificar · posiblemente sin consentimiento");
    expect(overlays()[0]?.getAttribute("lang")).toBe("es");
  });

  it.each([
    ["hi", "बिना जाँच · शायद बिना सहमति के", "यह पोस्ट किसी व्यक्ति की लीक हुई निजी तस्वीरें देने का दावा करती लगती है।", "पोस्ट दिखाएँ"],
    ["fil", "Di-beripikado · posibleng walang pahintulot", "Mukhang nag-aalok ang post na ito ng na-leak na pribadong larawan ng isang tao.", "Ipakita ang post"],
  ])("speaks %s, tagged so that screen readers pronounce it", (lang, heading, reason, reveal) => {
    setMessageLookup(lookupFor(lang));
    showOverlay(post, post, verdict, options);
    expect(shadow().querySelector("h2")?.textContent).toBe(heading);
    expect(shadow().querySelector(".reason")?.textContent).toBe(reason);
    expect(button("reveal")?.textContent).toBe(reveal);
    expect(overlays()[0]?.getAttribute("lang")).toBe(lang);
  });
});

describe("removeOverlay", () => {
  it("gives the site its element back as it was", () => {
    showOverlay(post, post, verdict, options);
    click("reveal");
    click("hide");
    click("why");
    removeOverlay(post, post);
    expect(overlays()).toHaveLength(0);
    expect(post.getAttributeNames().sort()).toEqual(["data-second-look"]);
  });
});
