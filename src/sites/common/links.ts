const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
const TRUNCATION = /\u2026+$/;

/**
 * A URL in the form people write it and the corpus records it: no scheme, no `www.`, no trailing slash or
 * truncation ellipsis ("https://www.t.me/xyz/…" → "t.me/xyz").
 */
export function linkForm(url: string): string {
  return url
    .trim()
    .replace(TRUNCATION, "")
    .replace(SCHEME, "")
    .replace(/^www\./i, "")
    .replace(/\/+$/, "");
}

/** Distinct non-empty values, first occurrence first. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((value) => value !== "");
}

/** The URL, or null when the page holds something unparseable (URL.canParse needs Chrome 120; we support 116). */
export function parseUrl(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
