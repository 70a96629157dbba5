import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/rules/normalise/index.ts";
import { hostOf, judge, rate, weightiest, type Evidence } from "../../../src/rules/model/judge.ts";
import { featuresOf } from "../../../src/rules/model/features.ts";
import { modelFrom, type ModelMeta } from "../../../src/rules/model/model.ts";
import { MODEL_RULE } from "../../../src/rules/model/rule-id.ts";
import type { Verdict } from "../../../src/rules/schema/verdict.ts";
import { handMadeMeta, modelWeighing as handMadeModel } from "./hand-made.ts";

const BITS = 12;

const modelWeighing = (words: Record<string, number>, extra: Partial<ModelMeta> = {}) => handMadeModel(words, BITS, extra);

const OK: Verdict = { verdict: "ok", score: 0.1, category: null, reasons: [] };

function evidence(original: string, rest: Partial<Evidence> = {}): Evidence {
  return { original, normalised: normalise(original), signals: ["signal"], hosts: [], rules: OK, leading: null, ...rest };
}

const named = (model: ReturnType<typeof modelWeighing>, text: string) => weightiest(model, evidence(text)).map((w) => w.match);

describe("the words the learned check names", () => {
  it("names at most three, the weightiest, in the order the post has them", () => {
    const model = modelWeighing({ alpha: 100, bravo: 90, gamma: 80, delta: 70 });
    expect(named(model, "delta gamma bravo alpha")).toEqual(["gamma", "bravo", "alpha"]);
  });

  it("leaves out a word that weighed less than a quarter of the weightiest one", () => {
    expect(named(modelWeighing({ alpha: 100, bravo: 24 }), "alpha bravo")).toEqual(["alpha"]);
    expect(named(modelWeighing({ alpha: 100, bravo: 25 }), "alpha bravo")).toEqual(["alpha", "bravo"]);
  });

  it("never names a word that pulled towards an ordinary post", () => {
    expect(named(modelWeighing({ alpha: -50, bravo: -100 }), "alpha bravo")).toEqual([]);
  });

  it("names words of three letters and pictographs, but not shorter words", () => {
    expect(named(modelWeighing({ vid: 100, ok: 100 }), "ok vid")).toEqual(["vid"]);
    expect(named(modelWeighing({ "🔞": 100 }), "new 🔞")).toEqual(["🔞"]);
  });

  it("quotes each word as written and gives its weight", () => {
    const [word] = weightiest(modelWeighing({ bikini: 60 }), evidence("a 𝐁𝐈𝐊𝐈𝐍𝐈 now"));
    expect(word?.match).toBe("𝐁𝐈𝐊𝐈𝐍𝐈");
    expect(word?.weight).toBeGreaterThan(0);
  });
});

describe("judge: rules and the learned check together", () => {
  const strong = modelWeighing({ alpha: 127, bravo: 127 });
  const weak = modelWeighing({ alpha: -127, bravo: -127 });
  const flagged: Verdict = {
    verdict: "flag",
    score: 0.7,
    category: "deepfake",
    reasons: [
      { rule: "built-in", match: "alpha", weight: 0.7, description: "d" },
      { rule: "exception", match: "news", weight: -0.3, description: "d" },
    ],
  };

  it("reports the hosts of links the way the model reads them", () => {
    expect(hostOf("t.me/abc/def")).toBe("t.me");
    expect(hostOf("bit.ly")).toBe("bit.ly");
  });

  it("leaves a post no rule matched to the rules, however the model rates it", () => {
    const e = evidence("alpha bravo", { signals: [] });
    expect(judge(strong, "high", e, new Set())).toBe(e.rules);
  });

  it("flags alone with a rounded score, the rules' leading category, and the words first", () => {
    const rules: Verdict = { ...OK, reasons: [{ rule: "send-it", match: "send", weight: 0.1, description: "d" }] };
    const v = judge(strong, "balanced", evidence("alpha bravo", { rules, leading: "request" }), new Set());
    expect(v.verdict).toBe("flag");
    expect(v.category).toBe("request");
    expect(v.score).toBe(Math.round(rate(strong, evidence("alpha bravo")) * 1000) / 1000);
    expect(v.reasons.map((r) => [r.rule, r.match])).toEqual([[MODEL_RULE, "alpha"], [MODEL_RULE, "bravo"], ["send-it", "send"]]);
    for (const r of v.reasons.slice(0, 2)) {
      expect(r.weight).toBeGreaterThan(0);
      expect(Math.round(r.weight * 1000) / 1000).toBe(r.weight);
      expect(r.description).toMatch(/learned check/);
    }
  });

  it("names the category training bait with the same signals had when no rule leads", () => {
    const model = modelWeighing({ alpha: 127 }, { categories: { signal: { request: 3 } } });
    expect(judge(model, "balanced", evidence("alpha"), new Set()).category).toBe("request");
  });

  it("adds its words to a post the rules flagged, keeping the higher score", () => {
    const v = judge(strong, "balanced", evidence("alpha bravo", { rules: flagged }), new Set());
    expect(v).toMatchObject({ verdict: "flag", category: "deepfake" });
    expect(v.score).toBeGreaterThan(0.7);
    expect(v.reasons.map((r) => r.rule)).toEqual(["built-in", "exception", MODEL_RULE, MODEL_RULE]);
    const sure = judge(strong, "balanced", evidence("alpha bravo", { rules: { ...flagged, score: 1 } }), new Set());
    expect(sure.score).toBe(1);
  });

  it("lets a built-in flag through when the model reads the post as ordinary, even beside an exception", () => {
    const v = judge(weak, "balanced", evidence("alpha bravo", { rules: flagged }), new Set(["built-in"]));
    expect(v.verdict).toBe("ok");
    expect(v.category).toBeNull();
    expect(v.score).toBe(0.7);
    expect(v.reasons.map((r) => [r.rule, r.weight])).toEqual([["built-in", 0.7], ["exception", -0.3], [MODEL_RULE, -1]]);
    expect(v.reasons.at(-1)?.description).toMatch(/ordinary post/);
  });

  it("keeps a flag whose rules it may not overrule", () => {
    expect(judge(weak, "balanced", evidence("alpha bravo", { rules: flagged }), new Set())).toBe(flagged);
  });

  it("keeps a flag the model does not read as clearly ordinary", () => {
    const middling = modelWeighing({ alpha: 10 });
    expect(judge(middling, "balanced", evidence("alpha", { rules: flagged }), new Set(["built-in"]))).toBe(flagged);
  });

  it("leaves an unflagged post alone when the model reads it as ordinary", () => {
    const e = evidence("alpha bravo");
    expect(judge(weak, "balanced", e, new Set(["built-in"]))).toBe(e.rules);
  });

  it("uses the thresholds of the chosen sensitivity", () => {
    const at = (flagAt: number, vetoBelow: number) =>
      modelWeighing({ alpha: 20 }, { flagAt: { low: 1, balanced: flagAt, high: 1 }, vetoBelow: { low: 0, balanced: vetoBelow, high: 0 } });
    const p = rate(at(1, 0), evidence("alpha"));
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.99);
    expect(judge(at(p, 0), "balanced", evidence("alpha"), new Set()).verdict).toBe("flag");
    expect(judge(at(p, 0), "low", evidence("alpha"), new Set()).verdict).toBe("ok");
    expect(judge(at(1, p), "balanced", evidence("alpha", { rules: flagged }), new Set(["built-in"])).verdict).toBe("flag");
  });
});

describe("what the learned check says about the words it weighed", () => {
  it("names no word when only the rules' signals moved it", () => {
    const bytes = new Int8Array(1 << BITS);
    for (const b of featuresOf("", ["signal"], [], { bits: BITS }).buckets) bytes[b] = 127;
    const weights = new Uint8Array(bytes.buffer);
    const model = modelFrom(handMadeMeta(weights, BITS), weights);
    const v = judge(model, "balanced", evidence("alpha bravo"), new Set());
    expect(v.verdict).toBe("flag");
    expect(v.reasons.filter((r) => r.rule === MODEL_RULE)).toEqual([]);
  });

  it("gives a word the share of the rating it added", () => {
    const model = modelWeighing({ alpha: 40 });
    const p = rate(model, evidence("alpha"));
    const [word] = weightiest(model, evidence("alpha"));
    expect(word?.weight).toBeCloseTo(Math.log(p / (1 - p)) - model.meta.bias, 6);
  });

  it("names the earliest words of the post when more than three weighed the same", () => {
    expect(named(modelWeighing({ alpha: 50, bravo: 50, delta: 50, gamma: 50 }), "delta gamma bravo alpha")).toEqual(["delta", "gamma", "bravo"]);
  });
});
