import type { Category } from "../../rules/schema/pack.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import { OWN_RULES } from "../../settings/own-rules.ts";
import type { Site } from "../../sites/snapshot.ts";
import type { MessageKey } from "./i18n.ts";

/** The one sentence under the heading: why this kind of post is covered. */
export const REASON_KEY: Record<Category, MessageKey> = {
  "intimate-leak": "overlayReasonIntimateLeak",
  deepfake: "overlayReasonDeepfake",
  doxxing: "overlayReasonDoxxing",
  request: "overlayReasonRequest",
  "scam-dm": "overlayReasonScamDm",
};
const REASON_KEY_UNKNOWN: MessageKey = "overlayReasonOther";

const OWN_LIST_RULES: ReadonlySet<string> = new Set(Object.values(OWN_RULES));

/**
 * The sentence for a verdict. A post that only the reader's (or the school's) own lists flagged gets a neutral
 * one: the word may be "sofa", and calling that post an offer of leaked images would be untrue. That is so when
 * every signal that counted is an own-list rule, or when an exception cancelled the others (they stay listed,
 * with the exception after them) and only the own-list rules, which no exception lowers, were left.
 */
export function reasonKeyOf(verdict: Pick<Verdict, "category" | "reasons">): MessageKey {
  const counted = verdict.reasons.filter((r) => r.weight > 0);
  const ownOnly = counted.some((r) => OWN_LIST_RULES.has(r.rule)) && (verdict.reasons.some((r) => r.weight <= -1) || counted.every((r) => OWN_LIST_RULES.has(r.rule)));
  if (ownOnly) return "overlayReasonOwnList";
  return verdict.category ? REASON_KEY[verdict.category] : REASON_KEY_UNKNOWN;
}

/** Each site names its report flow differently. */
export const REPORT_KEY: Record<Site, MessageKey> = {
  x: "overlayReportX",
  reddit: "overlayReportReddit",
  "old-reddit": "overlayReportOldReddit",
};

/** SIFT, in its order. */
export const TIP_KEYS: readonly MessageKey[] = ["overlayTipStop", "overlayTipInvestigate", "overlayTipFind", "overlayTipTrace"];

/** Services for people whose images are shared: adults first, then under-18s. */
export const HELP_LINKS: readonly { href: string; name: MessageKey; text: MessageKey }[] = [
  { href: "https://stopncii.org/", name: "overlayHelpAdultsLink", text: "overlayHelpAdults" },
  { href: "https://takeitdown.ncmec.org/", name: "overlayHelpMinorsLink", text: "overlayHelpMinors" },
];
