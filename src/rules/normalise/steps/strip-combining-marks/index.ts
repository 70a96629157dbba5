/**
 * Removes the marks of the generic combining blocks only (plus the two enclosing marks Zalgo generators favour): accents (after decomposition), Zalgo stacks and
 * strike-through overlays. Script-specific marks such as Devanagari vowel signs and virama live outside these
 * blocks and must survive, or Hindi bait terms would be mangled.
 */
const GENERIC_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x0488, 0x0489], // Cyrillic enclosing marks: no Cyrillic word needs them, Zalgo text loves them
  [0x1ab0, 0x1aff], // … Extended
  [0x1dc0, 0x1dff], // … Supplement
  [0x20d0, 0x20ff], // … for Symbols
  [0xfe20, 0xfe2f], // Combining Half Marks
];

function isGenericMark(code: number): boolean {
  return GENERIC_BLOCKS.some(([first, last]) => code >= first && code <= last);
}

export function stripCombiningMarks(text: string): string {
  let out = "";
  for (const ch of text) if (!isGenericMark(ch.codePointAt(0) ?? 0)) out += ch;
  // Recomposing keeps other scripts (Hangul, kana with dakuten) in their usual composed form.
  return out.normalize("NFC");
}
