import type { Category } from "../../rules/schema/pack.ts";
import type { Site } from "../../sites/snapshot.ts";
import type { MessageKey } from "../../ui/i18n.ts";

/** The one sentence under the heading: why this kind of post is covered. */
export const REASON_KEY: Record<Category, MessageKey> = {
  "intimate-leak": "overlayReasonIntimateLeak",
  deepfake: "overlayReasonDeepfake",
  doxxing: "overlayReasonDoxxing",
  request: "overlayReasonRequest",
  "scam-dm": "overlayReasonScamDm",
};
export const REASON_KEY_UNKNOWN: MessageKey = "overlayReasonOther";

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
