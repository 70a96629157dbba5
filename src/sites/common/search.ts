/** The search words of url when its path is a search page (`path` matches it), trimmed; null when empty. */
export function searchWords(url: URL, path: RegExp): string | null {
  if (!path.test(url.pathname)) return null;
  const q = url.searchParams.get("q")?.trim() ?? "";
  return q === "" ? null : q;
}
