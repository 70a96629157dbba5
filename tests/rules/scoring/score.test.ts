import { describe, expect, it } from "vitest";
import { compileEngine } from "../../../src/rules/engine.ts";
import { RulePackSchema, type RulePackInput } from "../../../src/rules/schema/pack.ts";

const pack = (rules: RulePackInput["rules"]) =>
  RulePackSchema.parse({ id: "t", name: "t", version: "1.0.0", languages: ["en"], description: "test", rules });

const base: RulePackInput["rules"] = [
  { id: "leak-word", description: "leak word", weight: 0, terms: ["leaked"] },
  { id: "intimate", description: "intimate word", category: "intimate-leak", weight: 0.3, terms: ["nudes"] },
  { id: "link", description: "file host", weight: 0.3, links: ["t.me"] },
  { kind: "combo", id: "leaked-intimate", description: "leaked intimate", category: "intimate-leak", weight: 0.7, all: ["leak-word", "intimate"] },
  { kind: "exception", id: "news", description: "news", effect: "cancel", unless: ["link"], terms: ["court"] },
  { kind: "exception", id: "soft", description: "softener", effect: "lower", weight: 0.5, terms: ["maybe"] },
];
const evaluate = (text: string, sensitivity: "low" | "balanced" | "high" = "balanced", extra: RulePackInput["rules"] = []) =>
  compileEngine([pack([...base, ...extra])], { sensitivity }).evaluate({ text });

describe("scoring", () => {
  it("combines a combination with its parts as a noisy-OR in one category", () => {
    const v = evaluate("nudes leaked");
    expect(v.score).toBeCloseTo(1 - (1 - 0.7) * (1 - 0.3), 3);
    expect(v).toMatchObject({ verdict: "flag", category: "intimate-leak" });
    expect(v.reasons.map((r) => r.rule)).toEqual(["leaked-intimate", "intimate"]);
  });

  it("quotes the original words of a combination's parts", () => {
    expect(evaluate("NUDES got LEAKED").reasons[0]?.match).toBe("LEAKED + NUDES");
  });

  it("lets an amplifier strengthen a category but never flag on its own", () => {
    expect(evaluate("join t.me/chessclub")).toMatchObject({ verdict: "ok", score: 0, category: null, reasons: [] });
    const amplified = evaluate("nudes t.me/x");
    expect(amplified.score).toBeCloseTo(1 - 0.7 * 0.7, 3);
    expect(amplified.reasons.map((r) => r.rule)).toContain("link");
  });

  it("needs every part of a combination", () => {
    expect(evaluate("the memo leaked").verdict).toBe("ok");
  });

  it("accepts one of several alternatives in a combination part", () => {
    const extra: RulePackInput["rules"] = [
      { id: "tape", description: "tape", weight: 0, terms: ["tape"] },
      { kind: "combo", id: "leaked-any", description: "leaked tape or nudes", category: "intimate-leak", weight: 0.9, all: ["leak-word", ["tape", "intimate"]] },
    ];
    expect(evaluate("tape leaked", "balanced", extra).verdict).toBe("flag");
  });

  it("cancels with an exception unless an `unless` rule matched", () => {
    expect(evaluate("court hears how nudes leaked")).toMatchObject({ verdict: "ok", score: 0 });
    expect(evaluate("court nudes leaked t.me/x").verdict).toBe("flag");
  });

  it("lowers by the exception's weight and lists the exception as a negative reason", () => {
    const v = evaluate("maybe nudes leaked");
    expect(v.score).toBeCloseTo(0.79 * 0.5, 3);
    expect(v.reasons.at(-1)).toMatchObject({ rule: "soft", weight: -0.5, match: "maybe" });
  });

  it("moves the threshold with sensitivity", () => {
    const text = "nudes t.me/x"; // 0.51
    expect(evaluate(text, "high").verdict).toBe("flag");
    expect(evaluate(text, "balanced").verdict).toBe("ok");
    expect(evaluate("nudes leaked", "low").verdict).toBe("flag"); // 0.79
    expect(evaluate("nudes leaked maybe", "low").verdict).toBe("ok");
  });

  it("counts a concept defined in several packs once, at its strongest weight", () => {
    const other = RulePackSchema.parse({
      id: "u", name: "u", version: "1.0.0", languages: ["es"], description: "d",
      rules: [{ id: "intimate", description: "desnudos", category: "intimate-leak", weight: 0.4, terms: ["desnudos"] }],
    });
    const v = compileEngine([pack(base), other], { sensitivity: "balanced" }).evaluate({ text: "nudes desnudos" });
    expect(v.score).toBeCloseTo(0.4, 3);
  });

  it("applies an exception defined by several packs once, with its strongest definition", () => {
    const soft = (id: string, weight: number) =>
      RulePackSchema.parse({
        id, name: id, version: "1.0.0", languages: ["en"], description: "d",
        rules: [{ kind: "exception", id: "soft", description: "softener", effect: "lower", weight, terms: ["maybe"] }],
      });
    const v = compileEngine([pack(base), soft("u", 0.2), soft("w", 0.3)], { sensitivity: "balanced" }).evaluate({ text: "maybe nudes leaked" });
    expect(v.score).toBeCloseTo(0.79 * 0.5, 3);
    expect(v.reasons.filter((r) => r.rule === "soft")).toHaveLength(1);
  });

  it("lifts an exception when any pack's definition of it names a matched rule in `unless`", () => {
    const news = (id: string, unless: string[]) =>
      RulePackSchema.parse({
        id, name: id, version: "1.0.0", languages: ["en"], description: "d",
        rules: [{ kind: "exception", id: "news", description: "news", effect: "cancel", unless, terms: ["court"] }],
      });
    const engine = compileEngine([pack(base), news("u", []), news("w", ["intimate"])], { sensitivity: "balanced" });
    expect(engine.evaluate({ text: "court hears how nudes leaked" }).verdict).toBe("flag");
  });

  it("names the more specific category when two tie", () => {
    const extra: RulePackInput["rules"] = [{ id: "ask", description: "asks", category: "request", weight: 0.79, terms: ["anyone got"] }];
    const v = evaluate("anyone got the nudes leaked", "balanced", extra);
    expect(v.score).toBeCloseTo(0.79, 3);
    expect(v.category).toBe("request");
  });

  it("skips disabled rules", () => {
    const engine = compileEngine([pack(base)], { sensitivity: "balanced", disabledRules: ["leaked-intimate"] });
    expect(engine.evaluate({ text: "nudes leaked" }).verdict).toBe("ok");
  });

  it("matches hashtags from the text and from the hashtags field", () => {
    const extra: RulePackInput["rules"] = [{ id: "tag", description: "tag", category: "intimate-leak", weight: 0.6, hashtags: ["*leak"] }];
    expect(evaluate("new #MiaLeak", "balanced", extra).verdict).toBe("flag");
    const engine = compileEngine([pack([...base, ...extra])], { sensitivity: "balanced" });
    expect(engine.evaluate({ text: "new", hashtags: ["Mia_Leak"] }).reasons[0]).toMatchObject({ rule: "tag", match: "#Mia_Leak" });
    expect(engine.evaluate({ text: "#sneakerleaks" }).verdict).toBe("ok");
  });

  it("runs built-in detectors named by a rule and quotes what they found", () => {
    const extra: RulePackInput["rules"] = [{ id: "phone", description: "phone", category: "doxxing", weight: 0.6, detectors: ["phone-number"] }];
    expect(evaluate("call her on 253-555-0172", "balanced", extra).reasons[0]).toMatchObject({ rule: "phone", match: "253-555-0172" });
    expect(evaluate("call her in 2025", "balanced", extra).verdict).toBe("ok");
  });

  it("reads links from the text and from the links field", () => {
    const engine = compileEngine([pack(base)], { sensitivity: "high" });
    expect(engine.evaluate({ text: "nudes at https://T.me/abc." }).reasons.map((r) => r.rule)).toContain("link");
    expect(engine.evaluate({ text: "nudes", links: ["www.t.me/abc"] }).reasons.map((r) => r.rule)).toContain("link");
  });

  it("needs a term's capitalised abbreviation in capitals in the post", () => {
    const extra: RulePackInput["rules"] = [{ id: "sub-leak", description: "subscription leak", category: "intimate-leak", weight: 0.7, terms: ["OF leaked"] }];
    expect(evaluate("her OF leaked pics", "balanced", extra)).toMatchObject({ verdict: "flag", category: "intimate-leak" });
    expect(evaluate("her 𝐎𝐅 leaked", "balanced", extra)).toMatchObject({ verdict: "flag" });
    expect(evaluate("thousands of leaked documents", "balanced", extra)).toMatchObject({ verdict: "ok", score: 0 });
    expect(evaluate("Of leaked memos, none matter", "balanced", extra)).toMatchObject({ verdict: "ok", score: 0 });
  });

  it("combines only parts that lie near each other in the text", () => {
    expect(evaluate("nudes leaked").verdict).toBe("flag");
    const story = `the nudes were a running joke between us. ${"we talked about other things for hours, ".repeat(6)}then the memo leaked`;
    expect(evaluate(story)).toMatchObject({ verdict: "ok" });
    expect(evaluate(story).reasons.map((r) => r.rule)).not.toContain("leaked-intimate");
  });

  it("treats evidence with no place in the text as near everything", () => {
    const far = `nudes ${"and so on ".repeat(30)} see t.me/x`;
    expect(evaluate(far).reasons.map((r) => r.rule)).toContain("link");
    const tagged = compileEngine([pack([...base, { id: "leak-tag", description: "leak tag", weight: 0, hashtags: ["leaked"] }, { kind: "combo", id: "tagged", description: "tagged intimate", category: "intimate-leak", weight: 0.7, all: ["leak-tag", "intimate"] }])], { sensitivity: "balanced" });
    expect(tagged.evaluate({ text: `nudes ${"and so on ".repeat(30)}`, hashtags: ["leaked"] }).verdict).toBe("flag");
  });

  it("does not read a short term into an accented everyday word", () => {
    const extra: RulePackInput["rules"] = [
      { id: "ai-word", description: "an AI word", weight: 0, terms: ["ai"] },
      { kind: "combo", id: "ai-intimate", description: "AI intimate", category: "deepfake", weight: 0.75, all: ["ai-word", "intimate"] },
    ];
    expect(evaluate("ai nudes of her", "balanced", extra)).toMatchObject({ verdict: "flag", category: "deepfake" });
    expect(evaluate("a\u0336i\u0336 nudes of her", "balanced", extra)).toMatchObject({ verdict: "flag", category: "deepfake" });
    expect(evaluate("aí eu mandei os nudes pra ela", "balanced", extra).reasons.map((r) => r.rule)).not.toContain("ai-intimate");
  });
});

describe("scoring, at the edges a reader would notice", () => {
  /** Lowercase words and single spaces, which normalising leaves in place: "ab " and "abc " up to m characters. */
  const filler = (m: number) => {
    const fours = [0, 1, 2][m % 3] as number;
    return "abc ".repeat(fours) + "ab ".repeat((m - 4 * fours) / 3);
  };

  it("combines parts up to 160 characters apart, whichever comes first, and not 161", () => {
    const apart = (d: number) => [`nudes ${filler(d - 6)}leaked`, `leaked ${filler(d - 7)}nudes`];
    for (const text of apart(160)) expect(evaluate(text).reasons.map((r) => r.rule)).toEqual(["leaked-intimate", "intimate"]);
    for (const text of apart(161)) expect(evaluate(text)).toMatchObject({ verdict: "ok", reasons: [{ rule: "intimate" }] });
  });

  it("combines a far pair when another match of the same word lies near", () => {
    expect(evaluate(`nudes ${filler(200)}nudes leaked`).reasons[0]?.rule).toBe("leaked-intimate");
  });

  it("flags a post whose score lands exactly on the threshold, after rounding to three decimals", () => {
    const at = (weight: number) => [{ id: "ask", description: "asks", category: "request" as const, weight, terms: ["anyone got"] }];
    expect(evaluate("anyone got it", "balanced", at(0.55))).toMatchObject({ verdict: "flag", score: 0.55, category: "request" });
    expect(evaluate("anyone got it", "balanced", at(0.549))).toMatchObject({ verdict: "ok", score: 0.549, category: null });
    // 1 − 0.7 × 0.643 = 0.5499, shown and judged as 0.55.
    const two = [...at(0.3), { id: "dm", description: "direct message", category: "request" as const, weight: 0.357, terms: ["dm me"] }];
    expect(evaluate("anyone got it dm me", "balanced", two)).toMatchObject({ verdict: "flag", score: 0.55 });
  });

  it("lists a cancelling exception as the last reason, at full weight, quoting its words", () => {
    const v = evaluate("court hears how nudes leaked");
    expect(v.reasons.map((r) => r.rule)).toEqual(["leaked-intimate", "intimate", "news"]);
    expect(v.reasons.at(-1)).toMatchObject({ rule: "news", weight: -1, match: "court" });
  });

  it("lets an exception lower only the categories it covers, so another category can name the post", () => {
    const extra: RulePackInput["rules"] = [
      { id: "ask", description: "asks", category: "request", weight: 0.6, terms: ["anyone got"] },
      { kind: "exception", id: "consent", description: "consent", effect: "cancel", appliesTo: ["intimate-leak"], terms: ["with consent"] },
    ];
    expect(evaluate("anyone got the nudes leaked", "balanced", extra)).toMatchObject({ category: "intimate-leak" });
    const v = evaluate("anyone got the nudes leaked with consent", "balanced", extra);
    expect(v).toMatchObject({ verdict: "flag", category: "request", score: 0.6 });
    expect(v.reasons.map((r) => r.rule)).toEqual(["ask"]);
  });

  it("covers every category that any pack's definition of an exception covers; one without appliesTo covers all", () => {
    const exception = (id: string, appliesTo?: ("request" | "intimate-leak")[]) =>
      RulePackSchema.parse({
        id, name: id, version: "1.0.0", languages: ["en"], description: "d",
        rules: [{ kind: "exception", id: "quoted", description: "quoted", effect: "cancel", terms: ["quoted"], ...(appliesTo && { appliesTo }) }],
      });
    const ask = pack([...base, { id: "ask", description: "asks", category: "request", weight: 0.6, terms: ["anyone got"] }]);
    const text = "quoted: anyone got the nudes leaked";
    const judge = (...extra: RulePackInput[]) => compileEngine([ask, ...extra.map((p) => RulePackSchema.parse(p))], { sensitivity: "balanced" }).evaluate({ text });
    expect(judge(exception("a", ["request"]))).toMatchObject({ verdict: "flag", category: "intimate-leak" });
    expect(judge(exception("a", ["request"]), exception("b", ["intimate-leak"]))).toMatchObject({ verdict: "ok", score: 0 });
    expect(judge(exception("a", ["request"]), exception("b"))).toMatchObject({ verdict: "ok", score: 0 });
  });

  it("cancels when one pack's definition cancels and another only lowers", () => {
    const lower = RulePackSchema.parse({
      id: "u", name: "u", version: "1.0.0", languages: ["en"], description: "d",
      rules: [{ kind: "exception", id: "news", description: "news", effect: "lower", weight: 0.2, terms: ["court"] }],
    });
    for (const packs of [[pack(base), lower], [lower, pack(base)]]) {
      const v = compileEngine(packs, { sensitivity: "balanced" }).evaluate({ text: "court hears how nudes leaked" });
      expect(v).toMatchObject({ verdict: "ok", score: 0 });
      expect(v.reasons.at(-1)).toMatchObject({ rule: "news", weight: -1 });
    }
  });

  it("names the more specific category on a tie whichever the pack lists first", () => {
    const ask: RulePackInput["rules"][number] = { id: "ask", description: "asks", category: "request", weight: 0.79, terms: ["anyone got"] };
    const first = compileEngine([pack([ask, ...base])], { sensitivity: "balanced" }).evaluate({ text: "anyone got the nudes leaked" });
    expect(first).toMatchObject({ score: 0.79, category: "request" });
    const fake: RulePackInput["rules"] = [{ id: "fake", description: "fake", category: "deepfake", weight: 0.79, terms: ["undress"] }];
    expect(evaluate("undress her nudes leaked", "balanced", fake).category).toBe("deepfake");
    expect(compileEngine([pack([...fake, ...base])], { sensitivity: "balanced" }).evaluate({ text: "undress her nudes leaked" }).category).toBe("deepfake");
  });

  it("builds a combination on another, whatever their order in the pack, and quotes each word once", () => {
    const extra: RulePackInput["rules"] = [
      { kind: "combo", id: "leak-shared", description: "leak shared by link", category: "intimate-leak", weight: 0.9, all: ["leaked-intimate", "link"] },
      { id: "nude-word", description: "nude word", weight: 0, terms: ["nudes"] },
      { kind: "combo", id: "nudes-linked", description: "nudes linked", category: "intimate-leak", weight: 0.2, all: ["intimate", "nude-word"] },
    ];
    const v = compileEngine([pack([...extra, ...base])], { sensitivity: "balanced" }).evaluate({ text: "nudes leaked t.me/x" });
    expect(v.reasons.map((r) => r.rule)).toEqual(["leak-shared", "leaked-intimate", "intimate", "link", "nudes-linked"]);
    expect(v.reasons.find((r) => r.rule === "leak-shared")?.match).toBe("leaked + nudes + t.me/x");
    expect(v.reasons.find((r) => r.rule === "nudes-linked")?.match).toBe("nudes");
  });

  it("combines parts that have no place in the text: a hashtag and a link given beside it", () => {
    const tagged = compileEngine(
      [pack([...base, { id: "leak-tag", description: "leak tag", weight: 0, hashtags: ["leaked"] }, { kind: "combo", id: "tag-link", description: "tagged link", category: "intimate-leak", weight: 0.7, all: ["leak-tag", "link"] }])],
      { sensitivity: "balanced" },
    );
    expect(tagged.evaluate({ text: "new", hashtags: ["leaked"], links: ["t.me/x"] })).toMatchObject({ verdict: "flag", reasons: [{ rule: "tag-link" }, { rule: "link" }] });
  });

  it("treats a combination part as near everything when any of its alternatives has no place in the text", () => {
    const extra: RulePackInput["rules"] = [
      { id: "tape", description: "tape", weight: 0, terms: ["tape"] },
      { kind: "combo", id: "leaked-shared", description: "leaked and shared", category: "intimate-leak", weight: 0.9, all: ["leak-word", ["tape", "link"]] },
    ];
    const engine = compileEngine([pack([...base, ...extra])], { sensitivity: "balanced" });
    const text = `leaked ${filler(200)}tape`;
    expect(engine.evaluate({ text }).verdict).toBe("ok");
    expect(engine.evaluate({ text, links: ["t.me/x"] }).reasons[0]?.rule).toBe("leaked-shared");
  });

  it("counts a concept at its strongest weight whichever pack defines it first", () => {
    const other = RulePackSchema.parse({
      id: "u", name: "u", version: "1.0.0", languages: ["es"], description: "d",
      rules: [{ id: "intimate", description: "desnudos", category: "intimate-leak", weight: 0.2, terms: ["desnudos"] }],
    });
    expect(compileEngine([pack(base), other], { sensitivity: "balanced" }).evaluate({ text: "nudes desnudos" }).score).toBeCloseTo(0.3, 3);
    expect(compileEngine([other, pack(base)], { sensitivity: "balanced" }).evaluate({ text: "nudes desnudos" }).score).toBeCloseTo(0.3, 3);
  });

  it("a cancelling exception cancels outright, whatever weight its pack wrote beside it", () => {
    const cancel = { kind: "exception" as const, id: "satire", description: "satire", effect: "cancel" as const, weight: 0.3, terms: ["satire"] };
    const v = evaluate("satire: nudes leaked", "balanced", [cancel]);
    expect(v).toMatchObject({ verdict: "ok", score: 0 });
    expect(v.reasons.at(-1)).toMatchObject({ rule: "satire", weight: -1 });
    const lower = RulePackSchema.parse({
      id: "u", name: "u", version: "1.0.0", languages: ["en"], description: "d",
      rules: [{ kind: "exception", id: "satire", description: "satire", effect: "lower", weight: 0.2, terms: ["satire"] }],
    });
    for (const packs of [[pack([...base, cancel]), lower], [lower, pack([...base, cancel])]]) {
      expect(compileEngine(packs, { sensitivity: "balanced" }).evaluate({ text: "satire: nudes leaked" })).toMatchObject({ verdict: "ok", score: 0 });
    }
  });

  it("an exception merged from packs covers the union of their categories and no other", () => {
    const exception = (id: string, appliesTo: ("request" | "deepfake")[]) =>
      RulePackSchema.parse({
        id, name: id, version: "1.0.0", languages: ["en"], description: "d",
        rules: [{ kind: "exception", id: "quoted", description: "quoted", effect: "cancel", terms: ["quoted"], appliesTo }],
      });
    const v = compileEngine([pack(base), exception("a", ["request"]), exception("b", ["deepfake"])], { sensitivity: "balanced" }).evaluate({ text: "quoted: nudes leaked" });
    expect(v).toMatchObject({ verdict: "flag", category: "intimate-leak" });
  });

  it("on a tie names doxxing over a scam message, and a scam message over a deepfake", () => {
    const tie: RulePackInput["rules"] = [
      { id: "fake", description: "fake", category: "deepfake", weight: 0.6, terms: ["undress"] },
      { id: "scam", description: "scam", category: "scam-dm", weight: 0.6, terms: ["is this you"] },
      { id: "dox", description: "dox", category: "doxxing", weight: 0.6, terms: ["home address"] },
    ];
    expect(evaluate("undress is this you", "balanced", tie).category).toBe("scam-dm");
    expect(evaluate("is this you home address", "balanced", tie).category).toBe("doxxing");
  });

  it("does not list a matched signal that carries no weight", () => {
    expect(evaluate("nudes leaked").reasons.map((r) => r.rule)).not.toContain("leak-word");
  });
});
