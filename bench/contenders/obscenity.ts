/**
 * The `obscenity` package, the well-known profanity filter, given the same terms: a DataSet of one phrase per
 * term and a RegExpMatcher with its recommended English transformers (confusables, leetspeak, lowercase,
 * collapsed duplicates). Its transformers rewrite the text, not the patterns, so each term goes through the
 * same transformers first — as obscenity's own English patterns are written already transformed ("mms" would
 * otherwise never match text whose "mm" was collapsed).
 */
import {
  DataSet,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher,
  type TransformerContainer,
} from "obscenity";
import { termShape, type Contender } from "./contender.ts";

/** Runs text through transformers the way obscenity's matcher does, code point by code point. */
export function transformLikeObscenity(text: string, transformers: readonly TransformerContainer[]): string {
  const steps = transformers.map((t) => {
    if (t.type === 0) return t.transform;
    const stateful = t.factory();
    return (code: number) => stateful.transform(code);
  });
  let out = "";
  for (const ch of text) {
    let code: number | undefined = ch.codePointAt(0);
    for (const step of steps) {
      if (code === undefined) break;
      code = step(code);
    }
    if (code !== undefined) out += String.fromCodePoint(code);
  }
  return out;
}

const META = /[\\[\]?|]/g;
const ASCII_WORD = /^[A-Za-z0-9]$/;

/** Obscenity's pattern for a term: meta characters escaped, `|` word boundaries where its ASCII notion applies. */
export function obscenityPattern(term: string): string | null {
  const { body, boundaryStart, boundaryEnd } = termShape(term);
  const canonical = transformLikeObscenity(body, englishRecommendedBlacklistMatcherTransformers);
  if (canonical.length === 0) return null;
  const start = boundaryStart && ASCII_WORD.test(canonical[0] ?? "") ? "|" : "";
  const end = boundaryEnd && ASCII_WORD.test(canonical[canonical.length - 1] ?? "") ? "|" : "";
  return start + canonical.replace(META, "\\$&") + end;
}

export const obscenity: Contender = {
  id: "obscenity",
  label: "obscenity (RegExpMatcher)",
  compile(terms) {
    const dataset = new DataSet<{ originalWord: string }>();
    for (const term of terms) {
      const source = obscenityPattern(term);
      if (source !== null) dataset.addPhrase((p) => p.setMetadata({ originalWord: term }).addPattern(parseRawPattern(source)));
    }
    const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
    return { detect: (text) => matcher.hasMatch(text) };
  },
};
