import type { Category, ComboRule, ExceptionRule, SignalRule } from "../schema/pack.ts";
import type { Reason, Verdict } from "../schema/verdict.ts";
import { THRESHOLDS, type Sensitivity } from "./sensitivity.ts";

/** A rule id that matched, with the original words that matched it. */
export interface Hit {
  quote: string;
  /**
   * Where in the normalised text it matched (its first few matches); empty for evidence with no place in the
   * text (hashtags given beside it, links, detectors), which sits near everything.
   */
  at: number[];
  /** The words are in the author's display name rather than the post's text. */
  inName?: boolean;
}

/**
 * How far apart, in normalised units, the parts of a combination may lie. Bait says what it is in a sentence or
 * two; a long story that says "naked" in one paragraph and "video" five paragraphs later is not bait.
 */
export const COMBO_WINDOW = 160;

/** Whether one place can be chosen for every part so that all of them lie within COMBO_WINDOW of each other. */
function near(parts: readonly number[][]): boolean {
  const placed = parts.filter((at) => at.length > 0);
  if (placed.length < 2) return true;
  return placed.some((starts) => starts.some((from) => placed.every((at) => at.some((p) => p >= from && p - from <= COMBO_WINDOW))));
}

export interface ScoringRules {
  /** Every definition of a signal id: packs in different languages may define the same concept. */
  signals: ReadonlyMap<string, readonly SignalRule[]>;
  combos: readonly ComboRule[];
  exceptions: readonly ExceptionRule[];
  /**
   * Signal ids no exception lowers: the reader's own lists (OWN_PACK_ID) say "flag posts with these words", and a
   * built-in guess that a post is news or a product leak must not quietly overrule that choice.
   */
  firm?: readonly string[];
}

/** The pack the settings build from the reader's and the school's own words, hashtags and link hosts. */
export const OWN_PACK_ID = "custom";

/** On a tie the more specific category names the post: a request for leaked images is a request first. */
const SPECIFICITY: readonly Category[] = ["intimate-leak", "request", "deepfake", "scam-dm", "doxxing"];

const noisyOr = (weights: Iterable<number>): number => {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return 1 - miss;
};

interface Contribution {
  rule: string;
  match: string;
  weight: number;
  description: string;
  category: Category | undefined;
  inName?: boolean;
}

/** Which combinations hold, given the hits so far; combinations may build on other combinations. */
function resolveCombos(rules: ScoringRules, hits: Map<string, Hit>): Contribution[] {
  const found: Contribution[] = [];
  let changed = true;
  const done = new Set<ComboRule>();
  while (changed) {
    changed = false;
    for (const combo of rules.combos) {
      if (done.has(combo)) continue;
      const options = combo.all.map((ref) => (Array.isArray(ref) ? ref : [ref]).filter((id) => hits.has(id)));
      if (options.some((ids) => ids.length === 0)) continue;
      // A part any of whose matches is placeless sits near everything; otherwise every match of its ids counts.
      const places = options.map((ids) => (ids.some((id) => hits.get(id)?.at.length === 0) ? [] : ids.flatMap((id) => hits.get(id)?.at ?? [])));
      if (!near(places)) continue;
      const parts = options.map((ids) => ids[0] as string);
      const quote = [...new Set(parts.map((id) => hits.get(id)?.quote ?? ""))].join(" + ");
      const inName = parts.some((id) => hits.get(id)?.inName === true);
      done.add(combo);
      changed = true;
      hits.set(combo.id, { quote, at: places.flat(), inName });
      found.push({ rule: combo.id, match: quote, weight: combo.weight, description: combo.description, category: combo.category, inName });
    }
  }
  return found;
}

/** The strongest definition of each matched signal id counts once. */
function signalContributions(rules: ScoringRules, hits: ReadonlyMap<string, Hit>): Contribution[] {
  const out: Contribution[] = [];
  for (const [id, defs] of rules.signals) {
    const hit = hits.get(id);
    if (!hit) continue;
    const best = defs.reduce((a, b) => (b.weight > a.weight ? b : a));
    if (best.weight > 0) out.push({ rule: id, match: hit.quote, weight: best.weight, description: best.description, category: best.category, inName: hit.inName });
  }
  return out;
}

/**
 * An exception defined by several packs (one per language) acts once: cancel if any definition cancels, else
 * lower by the largest weight; it covers every category any definition covers, and is lifted by any rule any
 * definition names in `unless` — so one pack forgetting a new concept in its `unless` cannot overrule the rest.
 */
function mergeExceptions(definitions: readonly ExceptionRule[]): ExceptionRule[] {
  const byId = new Map<string, ExceptionRule>();
  for (const e of definitions) {
    const known = byId.get(e.id);
    if (!known) {
      byId.set(e.id, { ...e, unless: [...(e.unless ?? [])] });
      continue;
    }
    const cancel = known.effect === "cancel" || e.effect === "cancel";
    byId.set(e.id, {
      ...known,
      effect: cancel ? "cancel" : "lower",
      weight: cancel ? 1 : Math.max(known.weight, e.weight),
      appliesTo: known.appliesTo && e.appliesTo ? [...new Set([...known.appliesTo, ...e.appliesTo])] : undefined,
      unless: [...new Set([...(known.unless ?? []), ...(e.unless ?? [])])],
    });
  }
  return [...byId.values()];
}

const merged = new WeakMap<readonly ExceptionRule[], ExceptionRule[]>();
function exceptionsOf(rules: ScoringRules): ExceptionRule[] {
  let list = merged.get(rules.exceptions);
  if (!list) {
    list = mergeExceptions(rules.exceptions);
    merged.set(rules.exceptions, list);
  }
  return list;
}

/**
 * Noisy-OR per category: each category's evidence plus the amplifiers (signals without a category, such as a
 * t.me link), which only count where a category already has evidence. Exceptions then cancel or lower the
 * categories they cover, unless one of their `unless` rules matched too.
 */
export interface Scored {
  verdict: Verdict;
  /** The category with the most evidence, flagged or not: it names a post that the learned layer flags. */
  leading: Category | null;
}

export function score(rules: ScoringRules, hits: Map<string, Hit>, sensitivity: Sensitivity): Scored {
  const combos = resolveCombos(rules, hits);
  const contributions = [...signalContributions(rules, hits), ...combos];
  const amplifiers = contributions.filter((c) => c.category === undefined);
  const byCategory = new Map<Category, Contribution[]>();
  for (const c of contributions) {
    if (c.category) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
  }

  const exceptions = exceptionsOf(rules).filter((e) => hits.has(e.id) && !(e.unless ?? []).some((id) => hits.has(id)));
  let best: { category: Category; score: number; reasons: Contribution[]; lowered: ExceptionRule[] } | null = null;
  for (const [category, own] of byCategory) {
    const firm = own.filter((c) => rules.firm?.includes(c.rule));
    const open = [...own.filter((c) => !firm.includes(c)), ...amplifiers];
    // An exception that found nothing it may lower is not a reason: it changed nothing.
    const applying = open.length === 0 ? [] : exceptions.filter((e) => !e.appliesTo || e.appliesTo.includes(category));
    let value = noisyOr(open.map((c) => c.weight));
    for (const e of applying) value = e.effect === "cancel" ? 0 : value * (1 - e.weight);
    if (firm.length > 0) value = noisyOr([value, ...firm.map((c) => c.weight)]);
    const wins = !best || value > best.score || (value === best.score && SPECIFICITY.indexOf(category) > SPECIFICITY.indexOf(best.category));
    if (wins) best = { category, score: value, reasons: [...own, ...amplifiers], lowered: applying };
  }

  if (!best) return { verdict: { verdict: "ok", score: 0, category: null, reasons: [] }, leading: null };
  const reasons: Reason[] = [
    ...best.reasons
      .sort((a, b) => b.weight - a.weight)
      .map(({ rule, match, weight, description, inName }) => ({ rule, match, weight, description, ...(inName ? { where: "name" as const } : {}) })),
    ...best.lowered.map((e) => ({ rule: e.id, match: hits.get(e.id)?.quote ?? "", weight: -(e.effect === "cancel" ? 1 : e.weight), description: e.description })),
  ];
  const value = Math.round(best.score * 1000) / 1000;
  const flagged = value >= THRESHOLDS[sensitivity];
  return { verdict: { verdict: flagged ? "flag" : "ok", score: value, category: flagged ? best.category : null, reasons }, leading: best.category };
}
