import { termShape, type Contender } from "./contender.ts";

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;
const ASCII_WORD = /^\w$/;

/** A word-boundary regex for one term; `\b` only where the term's end is an ASCII word char, where it works. */
export function termRegExp(term: string): RegExp {
  const { body, boundaryStart, boundaryEnd } = termShape(term);
  const first = body[0] ?? "";
  const last = body[body.length - 1] ?? "";
  const start = boundaryStart && ASCII_WORD.test(first) ? "\\b" : "";
  const end = boundaryEnd && ASCII_WORD.test(last) ? "\\b" : "";
  return new RegExp(start + body.replace(SPECIAL, "\\$&") + end, "i");
}

/** What most keyword-hiding extensions do: one case-insensitive RegExp per term, tested in a loop until one hits. */
export const naiveRegExp: Contender = {
  id: "naive-regexp",
  label: "Naive RegExp loop",
  compile(terms) {
    const regexps = terms.map(termRegExp);
    return {
      detect(text) {
        for (const re of regexps) if (re.test(text)) return true;
        return false;
      },
    };
  },
};
