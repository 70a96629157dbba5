/** Letters of any script (not marks, not digits): what leetspeak, spacing and repeats are judged by. */
const LETTER = /\p{L}/u;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, boolean>();

export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0x10000) {
    let known = bmp[code] ?? UNKNOWN;
    if (known === UNKNOWN) {
      known = LETTER.test(String.fromCharCode(code)) ? YES : NO;
      bmp[code] = known;
    }
    return known === YES;
  }
  let known = astral.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(code));
    astral.set(code, known);
  }
  return known;
}
