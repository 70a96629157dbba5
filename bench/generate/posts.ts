/**
 * The seeded post generator: ordinary posts, hard negatives (bait words in harmless use) and leak-bait built
 * from pack terms, in eight languages, as 280-character X posts and longer Reddit bodies. A share of the bait
 * has its term obfuscated by code; each post carries the labels recall is computed from.
 */
import raw from "./data/templates.json" with { type: "json" };
import { obfuscate } from "./obfuscate.ts";
import { createRng, type Rng } from "./prng.ts";
import { LANGUAGES, TemplatesSchema, TRICKS, type BenchPost, type Language, type Trick } from "./schema.ts";

const TEMPLATES = TemplatesSchema.parse(raw);

export const X_LIMIT = 280;

export interface GenerateOptions {
  seed: number;
  count: number;
  /** Pack terms bait is built from, per language (`*` wildcards allowed; they are dropped in the text). */
  baitTerms: Readonly<Record<Language, readonly string[]>>;
  /** Shares of the whole: bait, and of the bait the obfuscated part. */
  baitShare?: number;
  obfuscatedShare?: number;
  hardNegativeShare?: number;
  redditShare?: number;
}

const bareTerm = (term: string) => term.replace(/^\*+|\*+$/g, "").trim();

function fill(template: string, rng: Rng, slots: { term?: string; bait: boolean }): string {
  return template.replace(/\{(term|name|link|emoji|num)\}/g, (_, slot: string) => {
    switch (slot) {
      case "term":
        return slots.term ?? "";
      case "name":
        return rng.pick(TEMPLATES.names);
      case "link":
        return rng.pick(slots.bait ? TEMPLATES.baitLinks : TEMPLATES.benignLinks);
      case "emoji":
        return rng.pick(slots.bait ? TEMPLATES.baitEmoji : TEMPLATES.emoji);
      default:
        return String(rng.between(2, 90));
    }
  });
}

const codePoints = (text: string) => [...text].length;

/** X posts: the core sentence, sometimes followed by more of the author's chatter, never past 280 characters. */
function xPost(core: string, lang: Language, rng: Rng): string {
  let text = core;
  while (rng.chance(0.35)) {
    const more = `${text} ${fill(rng.pick(TEMPLATES.languages[lang].ordinary), rng, { bait: false })}`;
    if (codePoints(more) > X_LIMIT) break;
    text = more;
  }
  return codePoints(text) > X_LIMIT ? [...text].slice(0, X_LIMIT).join("") : text;
}

/** Reddit bodies: the core sentence somewhere among 2–16 sentences of story, in paragraphs. */
function redditBody(core: string, lang: Language, rng: Rng): string {
  const sentences = Array.from({ length: rng.between(2, 16) }, () => rng.pick(TEMPLATES.languages[lang].filler));
  sentences.splice(rng.int(sentences.length + 1), 0, core);
  return sentences.map((s, i) => (i > 0 && rng.chance(0.3) ? `\n\n${s}` : i > 0 ? ` ${s}` : s)).join("");
}

function baitCore(lang: Language, terms: readonly string[], obfuscated: boolean, rng: Rng) {
  const term = rng.pick(terms);
  let word = bareTerm(term);
  if (rng.chance(0.15)) word = word.toUpperCase();
  let trick: Trick | null = null;
  if (obfuscated) {
    const done = obfuscate(word, rng, rng.pick(TRICKS));
    if (done) ({ text: word, trick } = done);
  }
  return { text: fill(rng.pick(TEMPLATES.languages[lang].bait), rng, { term: word, bait: true }), term, trick };
}

export function generatePosts(options: GenerateOptions): BenchPost[] {
  const { seed, count, baitTerms } = options;
  const baitShare = options.baitShare ?? 0.25;
  const obfuscatedShare = options.obfuscatedShare ?? 0.6;
  const hardNegativeShare = options.hardNegativeShare ?? 0.2;
  const redditShare = options.redditShare ?? 0.35;
  const rng = createRng(seed);
  const posts: BenchPost[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rng.pick(LANGUAGES);
    const site = rng.chance(redditShare) ? "reddit" : "x";
    const roll = rng.next();
    const terms = baitTerms[lang];
    let core: string;
    let kind: BenchPost["kind"];
    let trick: Trick | null = null;
    let baitTerm: string | null = null;
    if (roll < baitShare && terms.length > 0) {
      const bait = baitCore(lang, terms, rng.chance(obfuscatedShare), rng);
      ({ text: core, trick, term: baitTerm } = bait);
      kind = "bait";
    } else if (roll < baitShare + hardNegativeShare) {
      core = fill(rng.pick(TEMPLATES.languages[lang].hardNegative), rng, { bait: false });
      kind = "hard-negative";
    } else {
      core = fill(rng.pick(TEMPLATES.languages[lang].ordinary), rng, { bait: false });
      kind = "ordinary";
    }
    const text = site === "x" ? xPost(core, lang, rng) : redditBody(core, lang, rng);
    posts.push({ id: `p${i}`, text, lang, site, kind, trick, baitTerm });
  }
  return posts;
}
