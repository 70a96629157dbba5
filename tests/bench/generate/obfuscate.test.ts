import { describe, expect, it } from "vitest";
import { applyTrick, obfuscate } from "../../../bench/generate/obfuscate.ts";
import { createRng } from "../../../bench/generate/prng.ts";
import { TRICKS } from "../../../bench/generate/schema.ts";

const stripMarksAndInvisibles = (s: string) => s.normalize("NFKD").replace(/[\p{M}\u200b-\u200d\u2060\ufeff]/gu, "");

describe("applyTrick", () => {
  it("changes a Latin word with every trick", () => {
    for (const trick of TRICKS) expect(applyTrick("leaked video", trick, createRng(3)), trick).not.toBe("leaked video");
  });

  it("writes exact code points", () => {
    const rng = createRng(5);
    expect(applyTrick("leak", "math-bold", rng)).toBe("𝐥𝐞𝐚𝐤");
    expect(applyTrick("Leak", "fullwidth", rng)).toBe("Ｌｅａｋ");
    expect(applyTrick("leak", "strike", rng)).toBe("l\u0336e\u0336a\u0336k\u0336");
  });

  it("keeps the letters recoverable where the trick only adds or restyles", () => {
    for (const trick of ["zero-width", "fullwidth", "strike", "math-bold"] as const) {
      expect(stripMarksAndInvisibles(applyTrick("nudes", trick, createRng(9))), trick).toBe("nudes");
    }
    expect(applyTrick("nudes", "spacing", createRng(9)).replace(/[ .\-_•]/g, "")).toBe("nudes");
    expect(applyTrick("nudes", "repeat", createRng(9))).toMatch(/^n(u{3,6}d|ud)(e{3,6}s|es)$/);
  });

  it("leaves the spaces between words alone when spacing letters out", () => {
    const out = applyTrick("sex tape", "zero-width", createRng(2));
    expect(out.split(" ")).toHaveLength(2);
  });
});

describe("obfuscate", () => {
  it("falls back to a trick that works when the preferred one has nothing to act on", () => {
    const done = obfuscate("नंगी", createRng(4), "leet");
    expect(done).not.toBeNull();
    expect(done?.text).not.toBe("नंगी");
    expect(done?.trick).not.toBe("leet");
  });
});
