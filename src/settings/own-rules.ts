/**
 * The rules built from the reader's own lists and the school's extra terms (rule-packs.ts). What they match says
 * what is on those lists, so the page never gets it: the overlay names the list, never the words.
 */
export const OWN_RULES = { terms: "custom-terms", hashtags: "custom-hashtags", links: "custom-links" } as const;
export type OwnRule = (typeof OWN_RULES)[keyof typeof OWN_RULES];
