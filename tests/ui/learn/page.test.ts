// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { LEARN_SECTIONS } from "../../../src/ui/learn/content.ts";
import { renderLearn } from "../../../src/ui/learn/page.ts";
import { localeNames, lookupFor } from "../messages.ts";

beforeEach(() => document.body.replaceChildren());
afterEach(() => setMessageLookup(null));

describe("learn page", () => {
  it.each(localeNames())("reads every section in %s, with no key left showing", (lang) => {
    setMessageLookup(lookupFor(lang));
    renderLearn(document.body);
    expect(document.documentElement.lang).toBe(lookupFor(lang)("uiLang"));
    const headings = [...document.querySelectorAll("main h2")].map((h) => h.textContent);
    expect(headings).toHaveLength(LEARN_SECTIONS.length + 2);
    expect(document.body.textContent).not.toMatch(/\b(learn|overlay|site)[A-Z]\w+/);
  });

  it("explains reporting on each site and links to help for adults and under-18s in new tabs", () => {
    setMessageLookup(lookupFor("en"));
    renderLearn(document.body);
    expect(document.getElementById("report")?.textContent).toContain("Non-consensual intimate media");
    const links = [...document.querySelectorAll<HTMLAnchorElement>("#help a")];
    expect(links.map((a) => a.href)).toEqual(["https://stopncii.org/", "https://takeitdown.ncmec.org/"]);
    for (const a of links) expect(a.rel).toBe("noopener noreferrer");
    expect(document.querySelectorAll("#sift ol li")).toHaveLength(4);
  });

  it("links to the Spot the bait lesson, a page of the extension itself", () => {
    setMessageLookup(lookupFor("en"));
    renderLearn(document.body);
    const link = document.querySelector<HTMLAnchorElement>("#open-lesson");
    expect(link?.textContent).toBe("Practise with the “Spot the bait” lesson");
    expect(link?.getAttribute("href")).toBe("../lesson/index.html");
    expect(link?.target).toBe("");
  });
});
