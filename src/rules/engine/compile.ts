import { detect, type Detector } from "../detectors/index.ts";
import { extractLinks, canonicalLink } from "../links/extract.ts";
import { HostIndex } from "../links/host-index.ts";
import { matcherFrom, tablesOf, type MatcherTables } from "../matcher/index.ts";
import type { ParsedPattern } from "../matcher/pattern.ts";
import { normalisePattern, parseUsable } from "../matcher/usable.ts";
import { normalise, originalRange, tailFrom, type Normalised } from "../normalise/index.ts";
import type { ComboRule, ExceptionRule, Rule, RulePack, SignalRule } from "../schema/pack.ts";
import type { PostText } from "../schema/post.ts";
import type { Verdict } from "../schema/verdict.ts";
import { hostOf, judge, type Evidence } from "../model/judge.ts";
import type { Model } from "../model/model.ts";
import { BUILT_IN_PACK_IDS } from "../packs/index.ts";
import { OWN_PACK_ID, score, type Hit, type ScoringRules } from "../scoring/score.ts";
import type { Sensitivity } from "../scoring/sensitivity.ts";

export interface EngineOptions {
  sensitivity: Sensitivity;
  /** Rule ids switched off by the user, in every pack that defines them. */
  disabledRules?: readonly string[];
  /** The learned layer judged beside the rules; without it the rules decide alone. */
  model?: Model | null;
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
  /**
   * Rule ids only built-in packs define: the learned layer may let a post they flag through. A rule a user
   * added (own words, an imported pack, a school's terms) means what it says and is never overruled.
   */
  overrulable: string[];
  /** Patterns left out because the matcher cannot honour them, with why: reported, never fatal. */
  skipped: { rule: string; pattern: string; problem: string }[];
}

type PostInput = Pick<PostText, "text"> & Partial<PostText>;

export interface Engine {
  evaluate(post: PostInput): Verdict;
  /** What the rules found and concluded, before the learned layer: what the model is trained on. */
  inspect(post: PostInput): Evidence;
  readonly model: Model | null;
  /** How many patterns were compiled, for diagnostics and benchmarks. */
  readonly patternCount: number;
  readonly tables: EngineTables;
}

type PatternRule = SignalRule | ExceptionRule;

const HASHTAG = /#([\p{L}\p{M}\p{N}_]{1,100})/gu;

function hashtagsOf(text: string, given: readonly string[] = []): string[] {
  // Most posts have no '#' and come without hashtags: a substring search spares them the regex and the set.
  const written = text.includes("#");
  if (!written && given.length === 0) return [];
  const tags = new Set(given);
  if (written) for (const m of text.matchAll(HASHTAG)) if (m[1]) tags.add(m[1]);
  return [...tags];
}

/**
 * A term's word written in capitals ("OF leaked") must be written in capitals in the post too: short
 * abbreviations are bait only in that form, while the same letters in lower case are everyday words ("thousands
 * of leaked documents"). Such terms carry their capital words in the payload after a NUL.
 */
const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])/gu;
const CAPITALS = "\u0000";

function payloadOf(id: string, term: string): string {
  const capitals = term.match(CAPITAL_WORD);
  return capitals ? `${id}${CAPITALS}${capitals.join(" ")}` : id;
}

/** The rule id of a payload, if the original words meet its capitals. */
function ruleOf(payload: string, quote: () => string): string | null {
  const cut = payload.indexOf(CAPITALS);
  if (cut < 0) return payload;
  const written = quote().normalize("NFKC");
  const words = new Set(written.match(CAPITAL_WORD) ?? []);
  return payload.slice(cut + 1).split(" ").every((w) => words.has(w)) ? payload.slice(0, cut) : null;
}

/**
 * Terms this short ("ai", "vcs") are everyday words once accents are folded: Portuguese "aí" ("there") folds to
 * "ai". They do not count where the post writes an accented letter as people type it (one precomposed
 * character); marks stacked on letters to dodge filters (l̶e̶a̶k̶, Zalgo), leetspeak, fonts and look-alikes still count.
 */
const SHORT = 3;
const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/u;

/** Places kept per rule: enough to find its parts near each other, bounded however often a long post repeats a word. */
const MAX_PLACES = 8;

/** The first hit of a rule names it; later ones only add where it matched, for combinations' nearness. */
function record(hits: Map<string, Hit>, id: string, quote: () => string, at?: number, inName = false): void {
  const known = hits.get(id);
  if (!known) hits.set(id, { quote: quote(), at: at === undefined ? [] : [at], ...(inName ? { inName } : {}) });
  else if (at !== undefined && known.at.length > 0 && known.at.length < MAX_PLACES) known.at.push(at);
  else if (at === undefined) known.at.length = 0;
}

/** Links written in the text and given alongside it, canonical and without repeats. */
function linksOf(text: string, given: readonly string[] = []): string[] {
  const written = extractLinks(text);
  if (written.length === 0 && given.length === 0) return [];
  const links = new Set(written);
  for (const l of given) {
    const canonical = canonicalLink(l);
    if (canonical) links.add(canonical);
  }
  return [...links];
}

/**
 * The display name is read as the first line of the post: bait split between a reply bot's name ("link in bio
 * 🔞") and its reply ("full video") is one message to the reader, so combinations join across the two.
 */
const readAs = (post: PostInput): string => (post.name ? `${post.name}\n${post.text}` : post.text);

const NOTHING: Verdict = { verdict: "ok", score: 0, category: null, reasons: [] };

const quoteOf = (source: Normalised, original: string, start: number, end: number): string => {
  const [from, to] = originalRange(source, start, end);
  return original.slice(from, to);
};

export function compileEngine(packs: readonly RulePack[], options: EngineOptions): Engine {
  return engineFrom(compileEngineTables(packs, options), options.model ?? null);
}

/** The tables alone: a worker compiles them while the model's weights are still being read and checked. */
export function compileEngineTables(packs: readonly RulePack[], options: Omit<EngineOptions, "model">): EngineTables {
  const disabled = new Set(options.disabledRules ?? []);
  const active: Rule[] = packs.flatMap((p) => p.rules).filter((r) => r.enabled && !disabled.has(r.id));
  const own = new Set(packs.filter((p) => !BUILT_IN_PACK_IDS.has(p.id)).flatMap((p) => p.rules.map((r) => r.id)));

  const signals = new Map<string, SignalRule[]>();
  const combos: ComboRule[] = [];
  const exceptions: ExceptionRule[] = [];
  const terms: { parsed: ParsedPattern; payload: string }[] = [];
  const hashtags: { parsed: ParsedPattern; payload: string }[] = [];
  const links: EngineTables["links"] = [];
  const detectors = new Map<Detector, string[]>();

  const skipped: EngineTables["skipped"] = [];
  // A pattern the matcher cannot honour is left out and reported: one bad word must not stop every verdict.
  const add = (list: { parsed: ParsedPattern; payload: string }[], rule: string, written: string, payload: string) => {
    const { parsed, problem } = parseUsable(normalisePattern(written));
    if (parsed) list.push({ parsed, payload });
    else skipped.push({ rule, pattern: written, problem });
  };
  const addPatterns = (rule: PatternRule) => {
    for (const t of rule.terms ?? []) add(terms, rule.id, t, payloadOf(rule.id, t));
    for (const h of rule.hashtags ?? []) add(hashtags, rule.id, h.replace(/^#/, ""), rule.id);
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
  return {
    sensitivity: options.sensitivity,
    rules: { signals, combos, exceptions, firm: [...new Set(packs.filter((p) => p.id === OWN_PACK_ID).flatMap((p) => p.rules.map((r) => r.id)))] },
    terms: tablesOf(terms),
    hashtags: tablesOf(hashtags),
    links,
    detectors,
    overrulable: [...new Set(active.map((r) => r.id))].filter((id) => !own.has(id)),
    skipped,
  };
}

/** The engine over tables compiled before (compileEngine's, or a structured clone of them): nothing is compiled. */
export function engineFrom(tables: EngineTables, model: Model | null = null): Engine {
  const { rules, detectors, sensitivity } = tables;
  const termMatcher = matcherFrom(tables.terms);
  const tagMatcher = matcherFrom(tables.hashtags);
  const hosts = new HostIndex<string>();
  for (const [pattern, id] of tables.links) hosts.add(pattern, id);
  const overrulable = new Set(tables.overrulable);

  function inspect(post: PostInput): Evidence {
    const hits = new Map<string, Hit>();

    const original = readAs(post);
    const nameEnd = post.name ? post.name.length : 0;
    const text = normalise(original);
    for (const m of termMatcher.match(text.text, text.readings)) {
      const quote = () => quoteOf(text, original, m.start, m.end);
      if (m.end - m.start <= SHORT && ACCENTED_LATIN.test(quote())) continue;
      const id = ruleOf(m.payload, quote);
      if (id !== null) record(hits, id, quote, m.start, nameEnd > 0 && originalRange(text, m.start, m.end)[0] < nameEnd);
    }

    for (const tag of hashtagsOf(original, post.hashtags)) {
      const folded = normalise(tag);
      for (const m of tagMatcher.match(folded.text, folded.readings)) record(hits, m.payload, () => `#${tag}`);
    }

    const links = linksOf(original, post.links);
    if (links.length > 0) for (const hit of hosts.match(links)) record(hits, hit.payload, () => hit.link);

    for (const [name, ids] of detectors) {
      const found = detect(name, original);
      if (found !== null) for (const id of ids) record(hits, id, () => found);
    }

    // Every reason comes from a hit (combinations need two), so a post that hit nothing is ok without
    // walking every rule of every pack; most posts are such.
    const scored = hits.size === 0 ? { verdict: { ...NOTHING }, leading: null } : score(rules, hits, sensitivity);
    // The learned check was trained on posts' own words: a display name beside them would only dilute them.
    const own = nameEnd > 0 ? { original: post.text, normalised: tailFrom(text, nameEnd + 1) } : { original, normalised: text };
    return { ...own, signals: [...hits.keys()], hosts: links.map(hostOf), rules: scored.verdict, leading: scored.leading };
  }

  return {
    patternCount: termMatcher.size + tagMatcher.size,
    tables,
    model,
    inspect,
    evaluate(post) {
      const evidence = inspect(post);
      return model ? judge(model, sensitivity, evidence, overrulable) : evidence.rules;
    },
  };
}
