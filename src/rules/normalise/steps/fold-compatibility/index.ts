/**
 * Compatibility decomposition folds the "font" tricks to plain letters — mathematical bold/italic/script/
 * double-struck/monospace, fullwidth, circled and squared letters, ligatures — and splits accents off their
 * letters so the next step can drop them. Every kind of whitespace becomes a plain space so spacing tricks
 * and line breaks look alike to the later steps.
 */
const WHITESPACE = /\s/gu;

export function foldCompatibility(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(WHITESPACE, " ");
}
