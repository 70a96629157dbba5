/**
 * Default-ignorable code points render as nothing (zero-width spaces and joiners, soft hyphen, bidi controls,
 * variation selectors, Hangul fillers, tag characters), so they are a free way to split a bait word for a filter
 * while a reader still sees it whole.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

export function removeIgnorables(text: string): string {
  return text.replace(IGNORABLE, "");
}
