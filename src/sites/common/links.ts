const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * Longest href we read: browsers and link shorteners stop well before, and the page decides how long its
 * attributes are, so everything after this is ignored rather than walked on the main thread.
 */
export const MAX_HREF = 2_048;

/** `text` without the run of `unit` at its end; a loop, since a regex anchored at the end retries every run start. */
function trimEnd(text: string, unit: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === unit) end--;
  return text.slice(0, end);
}

/**
 * A URL in the form people write it and the corpus records it: no scheme, no `www.`, no trailing slash or
 * truncation ellipsis ("https://www.t.me/xyz/…" → "t.me/xyz").
 */
export function linkForm(url: string): string {
  const trimmed = trimEnd(url.slice(0, MAX_HREF).trim(), "\u2026").replace(SCHEME, "").replace(/^www\./i, "");
  return trimEnd(trimmed, "/");
}

/** Distinct non-empty values, first occurrence first. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((value) => value !== "");
}

/** The URL, or null when the page holds something unparseable (URL.canParse needs Chrome 120; we support 116). */
export function parseUrl(href: string, base: string): URL | null {
  try {
    return new URL(href.slice(0, MAX_HREF), base);
  } catch {
    return null;
  }
}
