/**
 * Negative squared and negative circled letters and regional indicators have no compatibility decomposition,
 * yet read as plain letters (🅻🅴🅰🅺, 🇱🇪🇦🇰). Each block is a contiguous A–Z run, so a range is all it takes.
 */
const RANGES: readonly number[] = [
  0x1f150, // negative circled A
  0x1f170, // negative squared A
  0x1f1e6, // regional indicator A
];
const A = 0x61;

function letterOf(code: number): number | undefined {
  for (const first of RANGES) {
    if (code >= first && code < first + 26) return A + code - first;
  }
  return undefined;
}

export function mapEnclosedLetters(text: string): string {
  let out = "";
  for (const ch of text) {
    const letter = letterOf(ch.codePointAt(0) ?? 0);
    out += letter === undefined ? ch : String.fromCharCode(letter);
  }
  return out;
}
