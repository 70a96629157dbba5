/**
 * Finds links written in a post's text ("t.me/abc", "https://mega.nz/folder/x", "bit.ly/3Wh") without a
 * regex over the whole text: the text is split on whitespace and each token is checked on its own, with a
 * bounded length, so a megabyte of letters cannot make the scan quadratic.
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

export function extractLinks(text: string): string[] {
  const found: string[] = [];
  for (const token of text.split(/\s+/u)) {
    const link = canonicalLink(token);
    if (link !== null) found.push(link);
  }
  return found;
}
