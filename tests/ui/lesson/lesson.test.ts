// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/rules/engine.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { choose, judgeExamples, type Choice, next, PROGRESS_KEY, readProgress, START, tally } from "../../../src/ui/lesson/lesson.ts";
import { LESSON_POSTS } from "../../../src/ui/lesson/posts.ts";
import { engineFor } from "../../../src/ui/options/panes/test-post.ts";
import { shippedModel } from "../../background/model/models.ts";
import { localeNames, lookupFor } from "../messages.ts";

afterEach(() => setMessageLookup(null));

/** The engine the extension compiles for default settings, learned check included. */
async function defaultEngine(): Promise<Engine> {
  return engineFor()(mergeEffective(DEFAULT_SETTINGS), await shippedModel());
}

/**
 * What each example is written to teach. The page never reads this: it asks the engine. The test keeps every
 * translation honest, since a translated bait post that the engine no longer recognises would teach the opposite.
 */
const BAIT = ["leak-offer", "scam", "request", "undress", "party", "doxx", "discord", "nudify-ad"];

function session(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe("the lesson's examples", () => {
  it("are 12 to 16, with bait of every kind and fine posts that use the same words", () => {
    expect(LESSON_POSTS.length).toBeGreaterThanOrEqual(12);
    expect(LESSON_POSTS.length).toBeLessThanOrEqual(16);
    expect(new Set(LESSON_POSTS.map((p) => p.id)).size).toBe(LESSON_POSTS.length);
    expect(new Set(LESSON_POSTS.map((p) => p.site))).toEqual(new Set(["x", "reddit"]));
  });

  it.each(localeNames())("in %s, the engine covers each bait post with the right kind and leaves each fine post alone", async (lang) => {
    setMessageLookup(lookupFor(lang));
    const examples = judgeExamples(await defaultEngine());
    const judged = Object.fromEntries(examples.map((e) => [e.post.id, e.verdict.verdict]));
    expect(judged).toEqual(Object.fromEntries(LESSON_POSTS.map((p) => [p.id, BAIT.includes(p.id) ? "flag" : "ok"])));
    const kinds = new Set(examples.map((e) => e.verdict.category).filter((c) => c !== null));
    expect(kinds).toEqual(new Set(["intimate-leak", "request", "deepfake", "doxxing", "scam-dm"]));
    // Every text is the reader's language, not a key left showing.
    for (const e of examples) expect(e.text).not.toMatch(/^lesson[A-Z]/);
  });

  it("are judged by the engine it is given: a rule switched off no longer counts", async () => {
    setMessageLookup(lookupFor("en"));
    const scam = (engine: Engine) => judgeExamples(engine).find((e) => e.post.id === "scam")?.verdict.reasons.map((r) => r.rule) ?? [];
    expect(scam(await defaultEngine())).toContain("is-this-you");
    const withoutIt = engineFor()(mergeEffective({ ...DEFAULT_SETTINGS, disabledRules: ["is-this-you"] }), await shippedModel());
    expect(scam(withoutIt)).not.toContain("is-this-you");
  });

  it("reads the X display name with the text, as the site adapter does, and no name on Reddit", () => {
    setMessageLookup(lookupFor("en"));
    const seen: unknown[] = [];
    const engine = { evaluate: (post: unknown) => (seen.push(post), { verdict: "ok", score: 0, category: null, reasons: [] }) } as unknown as Engine;
    judgeExamples(engine);
    expect(seen[0]).toEqual({ text: "Leaked: the new Pixelphone 9 shows up in early photos, release date may be October", name: "Tech Daily" });
    expect(seen[LESSON_POSTS.findIndex((p) => p.site === "reddit")]).toMatchObject({ name: null });
  });
});

describe("lesson progress", () => {
  it("takes one choice per post, moves on only once the post is answered, and ends on the summary", () => {
    let p = next(START);
    expect(p).toEqual(START);
    p = choose(p, "report");
    expect(choose(p, "share")).toEqual({ choices: ["report"], step: 0 });
    p = next(p);
    expect(p).toEqual({ choices: ["report"], step: 1 });
    expect(next(p)).toEqual(p);
  });

  it("comes back from the tab's sessionStorage, and starts over on anything that does not fit this lesson", () => {
    const total = LESSON_POSTS.length;
    expect(readProgress(session({ [PROGRESS_KEY]: JSON.stringify({ choices: ["share", "report"], step: 1 }) }), total)).toEqual({ choices: ["share", "report"], step: 1 });
    expect(readProgress(session(), total)).toEqual(START);
    for (const bad of ["{", "null", JSON.stringify({ choices: ["share"], step: 3 }), JSON.stringify({ choices: ["like"], step: 0 }), JSON.stringify({ choices: Array(total + 1).fill("share"), step: total })]) {
      expect(readProgress(session({ [PROGRESS_KEY]: bad }), total), bad).toEqual(START);
    }
  });

  it("counts the covered posts and how many of them the student would have shared", async () => {
    setMessageLookup(lookupFor("en"));
    const examples = judgeExamples(await defaultEngine());
    const choices = examples.map((e, i): Choice => (e.verdict.verdict === "flag" && i % 2 === 0 ? "share" : "dont-share"));
    const shared = examples.filter((e, i) => e.verdict.verdict === "flag" && i % 2 === 0).length;
    expect(tally(examples, choices)).toEqual({ covered: BAIT.length, total: LESSON_POSTS.length, sharedCovered: shared });
  });
});
