import { describe, expect, it } from "vitest";
import { removeIgnorables } from "../../../../src/rules/normalise/steps/remove-ignorables/index.ts";
import { foldCompatibility } from "../../../../src/rules/normalise/steps/fold-compatibility/index.ts";
import { stripCombiningMarks } from "../../../../src/rules/normalise/steps/strip-combining-marks/index.ts";
import { mapConfusables } from "../../../../src/rules/normalise/steps/map-confusables/index.ts";
import { mapEnclosedLetters } from "../../../../src/rules/normalise/steps/map-enclosed-letters/index.ts";

describe("removeIgnorables", () => {
  it("drops zero-width characters, soft hyphens, bidi controls and variation selectors", () => {
    const hidden = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufe0f\u3164";
    expect(removeIgnorables(`le${hidden}ak`)).toBe("leak");
  });

  it("keeps pictographs once their variation selector is gone", () => {
    expect(removeIgnorables("🔞\ufe0f")).toBe("🔞");
  });
});

describe("foldCompatibility", () => {
  it("folds font letters and fullwidth to lowercase plain letters, and any whitespace to a space", () => {
    expect(foldCompatibility("𝐋𝐄𝐀𝐊\tＬｅａｋ\u2003Ⓛ")).toBe("leak leak l");
  });

  it("splits accents off their letters for the next step", () => {
    expect(foldCompatibility("é")).toBe("e\u0301");
  });
});

describe("stripCombiningMarks", () => {
  it("removes accents, Zalgo and strike-through marks", () => {
    expect(stripCombiningMarks("e\u0301l\u0336a\u0489\u1ab0\u1dc0\u20d2\ufe20")).toBe("ela");
  });

  it("never touches Devanagari vowel signs, anusvara, nukta or virama", () => {
    const hindi = "\u0928\u0902\u0917\u0940 \u0935\u0940\u0921\u093f\u092f\u094b \u092a\u094d\u0930 \u0921\u093c";
    expect(stripCombiningMarks(hindi)).toBe(hindi);
  });

  it("recomposes other scripts after stripping", () => {
    expect(stripCombiningMarks("\u304b\u3099")).toBe("\u304c");
  });
});

describe("mapConfusables", () => {
  it.each([
    ["Cyrillic", "\u0430\u0435\u043e\u0440\u0441\u0445\u0456\u0443\u0458\u0455", "aeopcxiyjs"],
    ["Greek", "\u03bf\u03b1\u03b5\u03b9\u03ba\u03bd\u03c4", "oaeikvt"],
    ["small capitals", "ʟᴇᴀᴋᴅɴᴜʀꜱᴛɪɢʜᴍᴘ", "leakdnurstighmp"],
    ["Latin letters with strokes", "łøđħ", "lodh"],
    ["Cherokee and Lisu", "ᏞᎬᎪᏦ".toLowerCase() + "ꓡꓰꓮꓗ", "leakleak"],
  ])("maps %s look-alikes to Latin", (_script, input, expected) => {
    expect(mapConfusables(input)).toBe(expected);
  });

  it("leaves ASCII, digits, symbols and the scripts people write in alone", () => {
    const untouched = "Il|0 1 € × लीक ویڈیو וידאו";
    expect(mapConfusables(untouched)).toBe(untouched);
  });
});

describe("mapEnclosedLetters", () => {
  it("maps negative squared, negative circled letters and regional indicators by range", () => {
    expect(mapEnclosedLetters("🅰🆉 🅐🅩 🇦🇿")).toBe("az az az");
  });

  it("leaves neighbouring symbols alone", () => {
    expect(mapEnclosedLetters("🆊🅪🇦\u{1f1e5}")).toBe("🆊🅪a\u{1f1e5}");
  });
});
