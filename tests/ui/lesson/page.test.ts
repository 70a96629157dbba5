// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reasonLines } from "../../../src/ui/kit/reasons.ts";
import type { Engine } from "../../../src/rules/engine.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { PROGRESS_KEY } from "../../../src/ui/lesson/lesson.ts";
import { mountLesson } from "../../../src/ui/lesson/page.ts";
import { LESSON_POSTS } from "../../../src/ui/lesson/posts.ts";
import { engineFor } from "../../../src/ui/options/panes/test-post.ts";
import { shippedModel } from "../../background/model/models.ts";
import { localeNames, lookupFor } from "../messages.ts";
import { byId } from "../page-helpers.ts";

let engine: Engine;
beforeEach(async () => {
  engine = engineFor()(mergeEffective(DEFAULT_SETTINGS), await shippedModel());
  document.body.replaceChildren();
  sessionStorage.clear();
  setMessageLookup(lookupFor("en"));
});
afterEach(() => setMessageLookup(null));

const mount = (with_: Engine = engine) => mountLesson(document.body, { engine: with_, session: sessionStorage });
const choice = (name: string) => document.querySelector<HTMLButtonElement>(`#lesson-post [data-choice="${name}"]`);

describe("lesson page", () => {
  it("shows one post at a time and, on a choice, the engine's own explanation in a live region, with focus on moving on", () => {
    mount();
    const first = LESSON_POSTS[0];
    expect(byId("lesson-post").dataset.post).toBe(first?.id);
    expect(byId("lesson-post-heading").textContent).toBe(`Post 1 of ${LESSON_POSTS.length}`);
    expect(byId("lesson-reveal").getAttribute("aria-live")).toBe("polite");
    expect(byId("lesson-reveal").childElementCount).toBe(0);

    choice("report")?.click();
    expect(choice("report")?.getAttribute("aria-pressed")).toBe("true");
    expect(choice("share")?.disabled).toBe(true);
    expect(byId("lesson-reveal").textContent).toContain("You chose: Report.");
    expect(document.activeElement?.id).toBe("lesson-next");

    byId("lesson-next").click();
    expect(byId("lesson-post").dataset.post).toBe(LESSON_POSTS[1]?.id);
    expect(document.activeElement?.id).toBe("lesson-post-heading");
  });

  it("explains each post with the verdict and signal lines the engine gives for its text, and the person behind it", () => {
    mount();
    for (const post of LESSON_POSTS) {
      const verdict = engine.evaluate({ text: lookupFor("en")(post.text), name: post.site === "x" ? post.name : null });
      choice("dont-share")?.click();
      const reveal = byId("lesson-reveal");
      expect(reveal.querySelector("[data-verdict]")?.getAttribute("data-verdict"), post.id).toBe(verdict.verdict);
      expect(reveal.querySelector("[data-category]")?.getAttribute("data-category") ?? null, post.id).toBe(verdict.verdict === "flag" ? verdict.category : null);
      const lines = reasonLines(verdict.reasons, "page");
      expect([...reveal.querySelectorAll("li")].map((li) => [li.dataset.rule, [...li.querySelectorAll("q")].map((q) => q.textContent)]), post.id).toEqual(
        lines.map((line) => [line.rule, line.quotes]),
      );
      expect(reveal.querySelector(".person")?.textContent).toBe(lookupFor("en")(post.person));
      byId("lesson-next").click();
    }
    expect(document.getElementById("lesson-summary")).not.toBeNull();
  });

  it("explains the same post differently when the settings change the engine", async () => {
    mount(engineFor()(mergeEffective({ ...DEFAULT_SETTINGS, disabledRules: ["leaked-video-shared", "distribution-phrase"], model: false }), await shippedModel()));
    choice("share")?.click();
    byId("lesson-next").click();
    choice("share")?.click();
    expect(byId("lesson-post").dataset.post).toBe("leak-offer");
    const rules = [...byId("lesson-reveal").querySelectorAll("li")].map((li) => li.dataset.rule);
    expect(rules).not.toContain("leaked-video-shared");
    expect(rules).not.toContain("distribution-phrase");
  });

  it("ends with a summary of the choices against the engine, SIFT, help in new tabs, and can start again", () => {
    mount();
    for (const _ of LESSON_POSTS) {
      choice("share")?.click();
      byId("lesson-next").click();
    }
    expect(document.activeElement?.textContent).toBe("Your choices");
    const covered = LESSON_POSTS.filter((p) => engine.evaluate({ text: lookupFor("en")(p.text), name: p.site === "x" ? p.name : null }).verdict === "flag").length;
    expect(byId("lesson-counts").textContent).toBe(`Second Look would cover ${covered} of the ${LESSON_POSTS.length} posts. You chose to share ${covered} of those.`);
    expect(document.querySelectorAll("#lesson-summary tbody tr")).toHaveLength(LESSON_POSTS.length);
    expect(document.querySelectorAll('#lesson-summary td[data-verdict="flag"]')).toHaveLength(covered);
    expect(document.querySelectorAll("#lesson-sift ol li")).toHaveLength(4);
    const links = [...document.querySelectorAll<HTMLAnchorElement>("#lesson-help a")];
    expect(links.map((a) => [a.href, a.target, a.rel])).toEqual([
      ["https://stopncii.org/", "_blank", "noopener noreferrer"],
      ["https://takeitdown.ncmec.org/", "_blank", "noopener noreferrer"],
    ]);

    byId("lesson-restart").click();
    expect(byId("lesson-post-heading").textContent).toBe(`Post 1 of ${LESSON_POSTS.length}`);
    expect(document.activeElement?.id).toBe("lesson-post-heading");
  });

  it("picks up where the student was after a reload of the tab, explanation included", () => {
    mount();
    choice("share")?.click();
    byId("lesson-next").click();
    choice("report")?.click();
    expect(JSON.parse(sessionStorage.getItem(PROGRESS_KEY) ?? "null")).toEqual({ choices: ["share", "report"], step: 1 });

    document.body.replaceChildren();
    mount();
    expect(byId("lesson-post").dataset.post).toBe(LESSON_POSTS[1]?.id);
    expect(choice("report")?.getAttribute("aria-pressed")).toBe("true");
    expect(byId("lesson-reveal").textContent).toContain("You chose: Report.");
  });

  it.each(localeNames())("reads in %s from start to summary with no key left showing", (lang) => {
    setMessageLookup(lookupFor(lang));
    mount();
    expect(document.documentElement.lang).toBe(lookupFor(lang)("uiLang"));
    let text = document.body.textContent ?? "";
    for (const _ of LESSON_POSTS) {
      choice("dont-share")?.click();
      text += document.body.textContent ?? "";
      byId("lesson-next").click();
    }
    text += document.body.textContent ?? "";
    expect(text).not.toMatch(/\b(lesson|learn|overlay|options)[A-Z]\w+/);
  });
});
