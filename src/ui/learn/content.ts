import type { MessageKey } from "../kit/i18n.ts";

/** The learn page's text, section by section, in reading order; the wording lives in _locales. */
export const LEARN_SECTIONS: readonly { id: string; heading: MessageKey; paragraphs?: readonly MessageKey[]; list?: readonly MessageKey[]; ordered?: boolean }[] = [
  { id: "signs", heading: "learnSignsHeading", list: ["learnSignLeak", "learnSignFake", "learnSignScam", "learnSignDox"] },
  { id: "pause", heading: "learnPauseHeading", paragraphs: ["learnPause"] },
  { id: "sift", heading: "learnSiftHeading", paragraphs: ["learnSiftIntro"], list: ["learnSiftStop", "learnSiftInvestigate", "learnSiftFind", "learnSiftTrace"], ordered: true },
  { id: "fakes", heading: "learnFakesHeading", paragraphs: ["learnFakes"] },
];
