/**
 * The adversarial post: about 1 MB of near-misses built to make a matcher work hard — pack terms cut one letter
 * short, split by separators and zero-width characters, stretched, and buried under stacked combining marks, so
 * every position starts a partial match that fails late.
 */
import { createRng } from "./prng.ts";

const SEPARATORS = [" ", ".", "-", "_", "\u200b", "\u00ad"];
const MARKS = ["\u0301", "\u0336", "\u0308", "\u0323", "\u0330"];

function nearMiss(term: string, pick: <T>(xs: readonly T[]) => T, between: (a: number, b: number) => number): string {
  const letters = [...term.replace(/\*/g, "")];
  letters.pop();
  const sep = pick(SEPARATORS);
  return letters
    .map((ch) => {
      let out = ch.repeat(between(1, 3));
      for (let m = between(0, 4); m > 0; m--) out += pick(MARKS);
      return out;
    })
    .join(sep);
}

export function adversarialPost(terms: readonly string[], seed: number, bytes = 1_000_000): string {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]) => rng.pick(xs);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = nearMiss(rng.pick(terms), pick, rng.between) + rng.pick(SEPARATORS);
    parts.push(piece);
    size += Buffer.byteLength(piece, "utf8");
  }
  return parts.join("");
}
