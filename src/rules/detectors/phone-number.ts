/**
 * Finds something written like a phone number ("253-555-0172", "+55 11 98765-4321", "(559) 555 0148", and a
 * local "555-0143"): 9 to 15 digits in 2 to 5 groups joined by single spaces, dots, dashes or brackets, or
 * 3 + 4 digits joined by a dash or a dot. A hand-written scan, linear in the text, so a megabyte of digits
 * cannot make it backtrack.
 */
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;
/** Phone numbers come in a few groups; "1 2 3 4 5 6 7 8 9" is a list. */
const MAX_GROUPS = 5;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isJoiner = (c: number) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 0xa0;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export function findPhoneNumber(text: string): string | null {
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    if (!(isDigit(first) || first === 43 || first === 40)) {
      i++;
      continue;
    }
    // One run of digits and joiners, read to its end: a run glued to a word ("ab253-555…") is no number.
    let end = i + (first === 43 ? 1 : 0);
    let digits = 0;
    let groups = 0;
    let firstGroup = 0;
    let lastGroup = 0;
    // Where the last digit was; -2 so that a number starting the text (its first digit at 0) opens a group too.
    let lastDigit = -2;
    let joined = 0;
    let joiner = 0;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (isDigit(c)) {
        if (lastDigit !== end - 1) {
          groups++;
          lastGroup = 0;
        }
        lastGroup++;
        if (groups === 1) firstGroup++;
        digits++;
        lastDigit = end;
        joined = 0;
      } else if (isJoiner(c) && joined < 2) {
        joined++;
        if (groups === 1 && joiner === 0) joiner = c;
      } else break;
      end++;
    }
    const glued = isLetterOrDigit(text[i - 1]) || /\p{L}/u.test(text[lastDigit + 1] ?? "");
    const long = digits >= MIN_DIGITS && digits <= MAX_DIGITS && groups >= 2 && groups <= MAX_GROUPS;
    const local = groups === 2 && firstGroup === 3 && lastGroup === 4 && (joiner === 45 || joiner === 46) && lastDigit - i === 7;
    if (!glued && (long || local)) return text.slice(i, lastDigit + 1);
    i = Math.max(end, i + 1);
  }
  return null;
}
