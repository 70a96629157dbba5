/**
 * Finds links written in a post's text ("t.me/abc", "https://mega.nz/folder/x", "bit.ly/3Wh") without a
 * regex over the whole text: every link has a dot, so only the whitespace-delimited tokens around a dot are
 * looked at, each once and with a bounded length, so a megabyte of letters cannot make the scan quadratic.
 */
const MAX_TOKEN = 2048;
const HOST_TOKEN = /^(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24})(?::\d{1,5})?(\/\S*)?$/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’…]+$/u;
const LEADING_PUNCTUATION = /^[([{'"«“‘<]+/u;

/** Lowercased "host/path" with no scheme and no "www.", the form rule packs use. */
export function canonicalLink(raw: string): string | null {
  if (raw.length > MAX_TOKEN || !raw.includes(".")) return null;
  const token = raw.trim().replace(LEADING_PUNCTUATION, "").replace(TRAILING_PUNCTUATION, "");
  const m = HOST_TOKEN.exec(token);
  if (!m?.[1]) return null;
  const host = m[1].toLowerCase().replace(/^www\./, "");
  return host + (m[2] ?? "");
}

/** The whitespace that separates tokens: exactly what /\s/u matches, memoised per code unit (none is astral). */
const WHITESPACE = /\s/u;
const UNKNOWN = 0;
const SPACE = 1;
const NOT_SPACE = 2;
const spaceKind = new Uint8Array(0x10000);

function isSpace(unit: number): boolean {
  if (unit < 128) return unit === 32 || (unit >= 9 && unit <= 13);
  let kind = spaceKind[unit] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    kind = WHITESPACE.test(String.fromCharCode(unit)) ? SPACE : NOT_SPACE;
    spaceKind[unit] = kind;
  }
  return kind === SPACE;
}

/** An ASCII letter: HOST_TOKEN's top-level domain, so the host's last dot is always followed by one. */
function isAsciiLetter(unit: number): boolean {
  return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
}

/**
 * Links of the text's whitespace-separated tokens, in order: the same as checking every token of split(/\s+/u).
 * Prose is full of dots that end a sentence or a number ("here. Then", "2.50"); a token is only looked at from a
 * dot followed by a letter, which every link has before its top-level domain, so those cost a character read.
 */
export function extractLinks(text: string): string[] {
  const found: string[] = [];
  for (let dot = text.indexOf("."); dot >= 0; ) {
    if (!isAsciiLetter(text.charCodeAt(dot + 1))) {
      dot = text.indexOf(".", dot + 1);
      continue;
    }
    let start = dot;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end - start <= MAX_TOKEN) {
      const link = canonicalLink(text.slice(start, end));
      if (link !== null) found.push(link);
    }
    dot = end < text.length ? text.indexOf(".", end + 1) : -1;
  }
  return found;
}
