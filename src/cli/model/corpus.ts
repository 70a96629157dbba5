/**
 * The posts the model learns from and is measured on:
 * - written, labelled sets: the development set (../shared/corpus), the blind sets, the per-language cases and
 *   the examiners' sets under fixtures/corpus/written/ — never fixtures/corpus/holdout/, which no training or
 *   tuning touches;
 * - real posts from public research data sets (scripts/corpus/build-real.ts writes them to corpus-real/,
 *   outside git), negatives unless scripts/corpus/real-labels.json marks one as bait after review.
 * Each post carries its group (its source) so cross-validation never splits a source across training and test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface CorpusPost {
  id: string;
  text: string;
  hashtags: string[];
  links: string[];
  lang: string;
  label: "flag" | "ok";
  category: string;
  obfuscation: string;
  /** The source: one written set, or one real data set. */
  group: string;
  /** Written by the team or its examiners, or posted by real people. */
  origin: "written" | "real";
  /** A real post that uses the risky words (leak, nude, "link in bio"…). */
  topical: boolean;
  /** The rules were tuned on this set, so it cannot choose how rules and model combine. */
  tunedOn: boolean;
}

const WrittenSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  hashtags: z.array(z.string()).default([]),
  links: z.array(z.string()).default([]),
  lang: z.string().optional(),
  label: z.enum(["flag", "ok"]).optional(),
  expect: z.enum(["flag", "ok"]).optional(),
  category: z.string().optional(),
  obfuscation: z.string().default("none"),
});

const RealSchema = z.object({ id: z.string(), text: z.string(), lang: z.string(), source: z.string(), topical: z.boolean() });

function jsonl(file: string): unknown[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

function written(file: string, group: string, tunedOn: boolean, lang?: string): CorpusPost[] {
  return jsonl(file).map((raw, i) => {
    const p = WrittenSchema.parse(raw);
    const label = p.label ?? p.expect;
    if (!label) throw new Error(`${file}:${i + 1}: no label`);
    return {
      id: `${group}:${p.id ?? i + 1}`,
      text: p.text,
      hashtags: p.hashtags,
      links: p.links,
      lang: p.lang ?? lang ?? "?",
      label,
      category: p.category ?? (label === "ok" ? "benign-other" : "?"),
      obfuscation: p.obfuscation,
      group,
      origin: "written",
      topical: false,
      tunedOn,
    };
  });
}

/** Every written, labelled post except the sealed holdout. */
export function writtenPosts(): CorpusPost[] {
  const posts: CorpusPost[] = [];
  const dev = join(ROOT, "../shared/corpus/dev.jsonl");
  if (existsSync(dev)) posts.push(...written(dev, "dev", true));
  posts.push(...written(join(ROOT, "tests/rules/packs/blind/blind.jsonl"), "blind", true));
  posts.push(...written(join(ROOT, "tests/rules/packs/blind2/blind2.jsonl"), "blind2", true));
  const cases = join(ROOT, "tests/rules/packs/cases");
  for (const f of readdirSync(cases).filter((f) => f.endsWith(".jsonl")).sort()) posts.push(...written(join(cases, f), "cases", true, f.replace(".jsonl", "")));
  const examiners = join(ROOT, "fixtures/corpus/written");
  for (const w of readdirSync(examiners).sort()) {
    const file = join(examiners, w, `${w}.jsonl`);
    if (existsSync(file)) posts.push(...written(file, w, false));
  }
  return posts;
}

/** The sealed split: read only by `model:eval --holdout`, once. */
export function holdoutPosts(): CorpusPost[] {
  return written(join(ROOT, "fixtures/corpus/holdout/holdout.jsonl"), "holdout", false);
}

export const REAL_DIR = join(ROOT, "corpus-real");

/**
 * The placeholders some data sets put where a handle, link or hashtag was ("@user", "[MENTION]", "<url>"). No feed
 * shows them, yet they fill thousands of ordinary posts, so a model learns them as a sign of ordinary text: a
 * display name "feed user" once let bait through. They are removed before anything reads the text.
 */
const PLACEHOLDER = /@user\b|@usuario\b|\[(?:MENTION|LINK|HASHTAG|USERNAME|URL)\]|<url>|<user>/g;
export const withoutPlaceholders = (text: string): string => text.replace(PLACEHOLDER, "").trim();

/** Real posts; ids listed in real-labels.json were reviewed and are bait. */
export function realPosts(dir = REAL_DIR): CorpusPost[] {
  const file = join(dir, "real.jsonl");
  if (!existsSync(file)) throw new Error(`${file} is missing: build it with npx tsx scripts/corpus/build-real.ts (see scripts/corpus/README.md)`);
  const bait = new Set(z.array(z.string()).parse(JSON.parse(readFileSync(join(ROOT, "scripts/corpus/real-labels.json"), "utf8"))));
  return jsonl(file).map((raw) => {
    const p = RealSchema.parse(raw);
    return {
      id: p.id,
      text: withoutPlaceholders(p.text),
      hashtags: [],
      links: [],
      lang: p.lang,
      label: bait.has(p.id) ? "flag" : "ok",
      category: bait.has(p.id) ? "real-bait" : p.topical ? "real-topical" : "real",
      obfuscation: "none",
      group: `real:${p.source}`,
      origin: "real",
      topical: p.topical,
      tunedOn: false,
    };
  });
}
