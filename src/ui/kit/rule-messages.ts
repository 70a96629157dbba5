import { lookupMessage } from "./i18n.ts";

/**
 * The message key of a rule id: rule ids are concepts shared across packs, so a built-in id keeps its sentence in
 * every pack that adds words to it. Message names allow only letters, digits and `_`, so `-` becomes `_`; an id
 * with a `.` has no message (it could not be told apart from its `-` twin).
 */
export function ruleMessageKey(rule: string): string | null {
  return /^[a-z0-9-]+$/.test(rule) ? `rule_${rule.replaceAll("-", "_")}` : null;
}

/** What a rule noticed, in the reader's language; a rule no catalogue knows (an imported pack's) keeps its pack's description. */
export function ruleLabel(rule: string, description: string): string {
  const key = ruleMessageKey(rule);
  return (key === null ? null : lookupMessage(key)) ?? description;
}
