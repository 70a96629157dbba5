/**
 * Filler terms for the larger packs: pronounceable made-up words ("trailo", "venkis drop"), shaped like the
 * creator names, slang and "<name> pack" phrases real packs grow with, yet never words a post contains, so they
 * cost the contenders work without changing what matches.
 */
import { z } from "zod";
import type { Rng } from "../generate/prng.ts";
import raw from "./data/syllables.json" with { type: "json" };

const SYLLABLES = z
  .object({ onsets: z.array(z.string()).min(1), nuclei: z.array(z.string()).min(1), codas: z.array(z.string()).min(1), tails: z.array(z.string()).min(1) })
  .parse(raw);

function word(rng: Rng): string {
  const parts: string[] = [];
  for (let i = rng.between(2, 3); i > 0; i--) parts.push(rng.pick(SYLLABLES.onsets) + rng.pick(SYLLABLES.nuclei) + rng.pick(SYLLABLES.codas));
  return parts.join("");
}

function phrase(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.45) return word(rng);
  if (roll < 0.8) return `${word(rng)} ${rng.pick(SYLLABLES.tails)}`;
  return `${word(rng)} ${word(rng)}`;
}

/** `count` distinct filler terms, none of them in `avoid`. */
export function fillerTerms(count: number, rng: Rng, avoid: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const candidate = phrase(rng);
    if (!avoid.has(candidate)) out.add(candidate);
  }
  return [...out];
}
