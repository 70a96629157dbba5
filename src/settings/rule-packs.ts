import { defaultPacks } from "../rules/packs/index.ts";
import { RulePackSchema, type RulePack } from "../rules/schema/pack.ts";
import { OWN_PACK_ID } from "../rules/scoring/score.ts";
import { OWN_RULES } from "./own-rules.ts";
import type { Effective } from "./policy.ts";

const CUSTOM_WEIGHT = 0.6;

/** The user's and the organisation's own words as a pack: each alone flags at balanced sensitivity, and no exception (news, a product leak, …) lowers it (OWN_PACK_ID). */
function customPack(e: Effective): RulePack | null {
  const { custom } = e.settings;
  const terms = [...custom.terms, ...(e.policy.ExtraTerms ?? [])];
  const hashtags = [...custom.hashtags, ...(e.policy.ExtraHashtags ?? [])];
  const links = [...custom.links, ...(e.policy.ExtraLinks ?? [])];
  const rules = [
    { id: OWN_RULES.terms, description: "Matches a word on your own list", terms },
    { id: OWN_RULES.hashtags, description: "Matches a hashtag on your own list", hashtags },
    { id: OWN_RULES.links, description: "Links to a site on your own list", links },
  ]
    .filter((r) => (r.terms ?? r.hashtags ?? r.links ?? []).length > 0)
    .map((r) => ({ ...r, category: "intimate-leak", weight: CUSTOM_WEIGHT }));
  if (rules.length === 0) return null;
  return RulePackSchema.parse({ id: OWN_PACK_ID, name: "Your own words", version: "1.0.0", languages: ["mul"], description: "Terms, hashtags and link hosts you added in the options.", rules });
}

/** Every pack the engine should compile for these settings: enabled built-in packs, imported packs, own words. */
export function packsFor(e: Effective, builtIn: readonly RulePack[] = defaultPacks()): RulePack[] {
  const enabled = (p: RulePack) => e.settings.packs[p.id] !== false;
  const custom = customPack(e);
  return [...builtIn.filter(enabled), ...e.settings.userPacks.filter(enabled), ...(custom ? [custom] : [])];
}
