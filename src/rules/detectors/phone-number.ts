/**
 * Finds something written like a phone number ("253-555-0172", "+55 11 98765-4321", "(559) 555 0148"):
 * 9 to 15 digits in groups joined by single spaces, dots, dashes or brackets. A hand-written scan, linear
 * in the text, so a megabyte of digits cannot make it backtrack.
 */
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;
/** Phone numbers come in a few groups; "1 2 3 4 5 6 7 8 9" is a list. */
const MAX_GROUPS = 5;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isJoiner = (c: number) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 0xa0;

export function findPhoneNumber(text: string): string | null {
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    if (!(isDigit(first) || first === 43 || first === 40) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ""))) {
      i++;
      continue;
    }
    let end = i + (first === 43 ? 1 : 0);
    let digits = 0;
    let groups = 0;
    let lastDigit = -1;
    let joined = 0;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (isDigit(c)) {
        if (lastDigit !== end - 1) groups++;
        digits++;
        lastDigit = end;
        joined = 0;
      } else if (isJoiner(c) && joined < 2) joined++;
      else break;
      end++;
    }
    const after = text[lastDigit + 1] ?? "";
    if (digits >= MIN_DIGITS && digits <= MAX_DIGITS && groups >= 2 && groups <= MAX_GROUPS && !/[\p{L}]/u.test(after)) return text.slice(i, lastDigit + 1);
    i = Math.max(end, i + 1);
  }
  return null;
}
