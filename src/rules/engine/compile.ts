import { detect, type Detector } from "../detectors/index.ts";
import { extractLinks, canonicalLink } from "../links/extract.ts";
import { HostIndex } from "../links/host-index.ts";
import { compileTables, matcherFrom, type MatcherTables } from "../matcher/index.ts";
import { normalise, originalRange, type Normalised } from "../normalise/index.ts";
import type { ComboRule, ExceptionRule, Rule, RulePack, SignalRule } from "../schema/pack.ts";
import type { PostText } from "../schema/post.ts";
import type { Verdict } from "../schema/verdict.ts";
import { score, type Hit, type ScoringRules } from "../scoring/score.ts";
import type { Sensitivity } from "../scoring/sensitivity.ts";

export interface EngineOptions {
  sensitivity: Sensitivity;
  /** Rule ids switched off by the user, in every pack that defines them. */
  disabledRules?: readonly string[];
}

/**
 * A compiled engine as plain data (typed arrays, arrays, Maps, rule objects) that survives structured cloning:
 * the worker keeps it between its restarts instead of compiling again.
 */
export interface EngineTables {
  sensitivity: Sensitivity;
  rules: ScoringRules;
  terms: MatcherTables<string>;
  hashtags: MatcherTables<string>;
  /** Link patterns and their rule ids: few, so their index is rebuilt rather than kept. */
  links: [pattern: string, id: string][];
  detectors: Map<Detector, string[]>;
}

export interface Engine {
  evaluate(post: Pick<PostText, "text"> & Partial<PostText>): Verdict;
  /** How many patterns were compiled, for diagnostics and benchmarks. */
  readonly patternCount: number;
  readonly tables: EngineTables;
}

type PatternRule = SignalRule | ExceptionRule;

/** Patterns are normalised exactly like post text, keeping the `*` wildcards the normaliser would eat. */
export function normalisePattern(pattern: string): string {
  const lead = pattern.startsWith("*") ? "*" : "";
  const trail = pattern.length > 1 && pattern.endsWith("*") ? "*" : "";
  const core = pattern.slice(lead.length, pattern.length - trail.length);
  return lead + normalise(core).text.trim() + trail;
}

const HASHTAG = /#([\p{L}\p{M}\p{N}_]{1,100})/gu;

function hashtagsOf(post: Partial<PostText> & { text: string }): string[] {
  // Most posts have no '#' and come without hashtags: a substring search spares them the regex and the set.
  const written = post.text.includes("#");
  if (!written && (post.hashtags?.length ?? 0) === 0) return [];
  const tags = new Set(post.hashtags ?? []);
  if (written) for (const m of post.text.matchAll(HASHTAG)) if (m[1]) tags.add(m[1]);
  return [...tags];
}

/** The first hit of a rule names it: later matches of the same rule add nothing to the verdict. */
function record(hits: Map<string, Hit>, id: string, quote: () => string): void {
  if (!hits.has(id)) hits.set(id, { quote: quote() });
}

/** Links written in the text and given alongside it, canonical and without repeats. */
function linksOf(post: Partial<PostText> & { text: string }): string[] {
  const written = extractLinks(post.text);
  if (written.length === 0 && (post.links?.length ?? 0) === 0) return [];
  const links = new Set(written);
  for (const l of post.links ?? []) {
    const canonical = canonicalLink(l);
    if (canonical) links.add(canonical);
  }
  return [...links];
}

const quoteOf = (source: Normalised, original: string, start: number, end: number): string => {
  const [from, to] = originalRange(source, start, end);
  return original.slice(from, to);
};

export function compileEngine(packs: readonly RulePack[], options: EngineOptions): Engine {
  const disabled = new Set(options.disabledRules ?? []);
  const active: Rule[] = packs.flatMap((p) => p.rules).filter((r) => r.enabled && !disabled.has(r.id));

  const signals = new Map<string, SignalRule[]>();
  const combos: ComboRule[] = [];
  const exceptions: ExceptionRule[] = [];
  const terms: { pattern: string; payload: string }[] = [];
  const hashtags: { pattern: string; payload: string }[] = [];
  const links: EngineTables["links"] = [];
  const detectors = new Map<Detector, string[]>();

  const addPatterns = (rule: PatternRule) => {
    for (const t of rule.terms ?? []) terms.push({ pattern: normalisePattern(t), payload: rule.id });
    for (const h of rule.hashtags ?? []) hashtags.push({ pattern: normalisePattern(h.replace(/^#/, "")), payload: rule.id });
    for (const l of rule.links ?? []) links.push([l, rule.id]);
    for (const d of rule.detectors ?? []) detectors.set(d, [...(detectors.get(d) ?? []), rule.id]);
  };
  for (const rule of active) {
    if (rule.kind === "combo") combos.push(rule);
    else if (rule.kind === "exception") {
      exceptions.push(rule);
      addPatterns(rule);
    } else {
      signals.set(rule.id, [...(signals.get(rule.id) ?? []), rule]);
      addPatterns(rule);
    }
  }
  return engineFrom({
    sensitivity: options.sensitivity,
    rules: { signals, combos, exceptions },
    terms: compileTables(terms),
    hashtags: compileTables(hashtags),
    links,
    detectors,
  });
}

/** The engine over tables compiled before (compileEngine's, or a structured clone of them): nothing is compiled. */
export function engineFrom(tables: EngineTables): Engine {
  const { rules, detectors, sensitivity } = tables;
  const termMatcher = matcherFrom(tables.terms);
  const tagMatcher = matcherFrom(tables.hashtags);
  const hosts = new HostIndex<string>();
  for (const [pattern, id] of tables.links) hosts.add(pattern, id);

  return {
    patternCount: termMatcher.size + tagMatcher.size,
    tables,
    evaluate(post) {
      const hits = new Map<string, Hit>();

      const text = normalise(post.text);
      for (const m of termMatcher.match(text.text)) record(hits, m.payload, () => quoteOf(text, post.text, m.start, m.end));

      for (const tag of hashtagsOf(post)) {
        const folded = normalise(tag);
        for (const m of tagMatcher.match(folded.text)) record(hits, m.payload, () => `#${tag}`);
      }

      const links = linksOf(post);
      if (links.length > 0) for (const hit of hosts.match(links)) record(hits, hit.payload, () => hit.link);

      for (const [name, ids] of detectors) {
        const found = detect(name, post.text);
        if (found !== null) for (const id of ids) record(hits, id, () => found);
      }

      // Every reason comes from a hit (combinations need two), so a post that hit nothing is ok without
      // walking every rule of every pack; most posts are such.
      if (hits.size === 0) return { verdict: "ok", score: 0, category: null, reasons: [] };
      return score(rules, hits, sensitivity);
    },
  };
}
