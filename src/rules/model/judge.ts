/**
 * How the learned layer and the rules decide together (chosen on data the rules were not tuned on: see
 * CARD.md and `npm run model:eval`):
 * - the model alone flags a post it rates at least `flagAt` probable where some rule matched, so bait phrased in
 *   words no pack holds is still caught;
 * - a post the rules flag is let through when the model rates it below `vetoBelow`: real posts that only use
 *   the words ("thousands of leaked documents") read as ordinary text to a model trained on real posts. Only
 *   built-in rules can be overruled: a user's own words flag whatever the model thinks.
 * Both thresholds move with the user's sensitivity.
 */
import { normalise, originalRange, type Normalised } from "../normalise/index.ts";
import type { Category } from "../schema/pack.ts";
import type { Reason, Verdict } from "../schema/verdict.ts";
import type { Sensitivity } from "../scoring/sensitivity.ts";
import { isPictograph } from "../text/chars.ts";
import { featuresOf, wordContributions } from "./features.ts";
import { categoryOf, logit, probability, type Model } from "./model.ts";
import FUNCTION_WORDS from "./data/function-words.json" with { type: "json" };
import { MODEL_RULE } from "./rule-id.ts";

const MAX_WORDS = 3;
/** Words that weighed less than this share of the weightiest one add noise, not explanation. */
const MIN_SHARE = 0.25;
/** Words this short ("in", "of") explain nothing to a reader, whatever their weight. */
const MIN_EXPLAINING = 3;

let functionWords: Set<string> | undefined;
/** "the", "her", "has" in each pack language, normalised like post text: weight or not, they explain nothing. */
const isFunctionWord = (word: string): boolean => {
  functionWords ??= new Set(Object.values(FUNCTION_WORDS).flat().map((w) => normalise(w).text));
  return functionWords.has(word);
};

/** What the rules found in a post, which the model reads beside its words. */
export interface Evidence {
  /** The post's own text (never the display name the rules also read), as written and normalised. */
  original: string;
  normalised: Normalised;
  /** Every rule id that matched (signals, combinations, exceptions). */
  signals: readonly string[];
  hosts: readonly string[];
  /** The rules' verdict, and their leading category even when they did not flag (null when no rule names one). */
  rules: Verdict;
  leading: Category | null;
}

export const hostOf = (link: string): string => link.split("/", 1)[0] ?? link;

/** The model's probability that a post is bait. */
export function rate(model: Model, e: Pick<Evidence, "normalised" | "signals" | "hosts">): number {
  return probability(logit(model, featuresOf(e.normalised.text, e.signals, e.hosts, model)));
}

/** The words that pushed the model towards bait most, quoted from the original text. */
export function weightiest(model: Model, e: Pick<Evidence, "normalised" | "signals" | "hosts" | "original">): { match: string; weight: number }[] {
  const { words, contributions: byWord } = wordContributions(e.normalised.text, e.signals, e.hosts, model, (bucket) => (model.weights[bucket] as number) * model.meta.scale);
  const explains = ({ start, end }: { start: number; end: number }) => {
    const word = e.normalised.text.slice(start, end);
    return ([...word].length >= MIN_EXPLAINING && !isFunctionWord(word)) || isPictograph(word.codePointAt(0) ?? 0);
  };
  const top = Math.max(0, ...byWord);
  const named = new Set<string>();
  const once = (i: number) => {
    const { start, end } = words[i] as { start: number; end: number };
    const word = e.normalised.text.slice(start, end);
    if (named.has(word)) return false;
    named.add(word);
    return true;
  };
  return [...byWord.keys()]
    .filter((i) => (byWord[i] as number) > 0 && (byWord[i] as number) >= MIN_SHARE * top && explains(words[i] as { start: number; end: number }))
    .sort((a, b) => (byWord[b] as number) - (byWord[a] as number) || a - b)
    .filter(once)
    .slice(0, MAX_WORDS)
    .sort((a, b) => a - b)
    .map((i) => {
      const word = words[i] as { start: number; end: number };
      const [from, to] = originalRange(e.normalised, word.start, word.end);
      return { match: e.original.slice(from, to), weight: byWord[i] as number };
    })
    .filter((w) => w.match.trim() !== "");
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function judge(model: Model, sensitivity: Sensitivity, e: Evidence, overrulable: ReadonlySet<string>): Verdict {
  // Where no rule matched at all the rules cannot flag and the model may not (below): most posts end here,
  // before any feature is hashed.
  if (e.signals.length === 0) return e.rules;
  const p = rate(model, e);
  const flagAt = model.meta.flagAt[sensitivity];
  const vetoBelow = model.meta.vetoBelow[sensitivity];
  const { rules } = e;
  if (rules.verdict === "flag" && p < vetoBelow && rules.reasons.every((r) => r.weight < 0 || overrulable.has(r.rule))) {
    const veto: Reason = { rule: MODEL_RULE, match: "", weight: -1, description: "The learned check reads this as an ordinary post that only uses these words" };
    return { verdict: "ok", score: rules.score, category: null, reasons: [...rules.reasons, veto] };
  }
  // Learning beside the rules, never instead of them: the model flags alone only where some rule matched, if only
  // one with no category of its own ("send it", "@grok", a file-host link). Judging every post, it read requests
  // in general as bait ("pasa el link del partido"); judging only posts with a category's evidence, it missed
  // most requests and AI-edit asks, whose words are such signals (CARD.md has the numbers).
  if (p < flagAt) return rules;
  const words: Reason[] = weightiest(model, e).map(({ match, weight }) => ({
    rule: MODEL_RULE,
    match,
    weight: round(weight),
    description: "Weighed most in the learned check, which reads the post as leak-bait",
  }));
  if (rules.verdict === "flag") return { ...rules, score: round(Math.max(rules.score, p)), reasons: [...rules.reasons, ...words] };
  return { verdict: "flag", score: round(p), category: e.leading ?? categoryOf(model, e.signals), reasons: [...words, ...rules.reasons] };
}
