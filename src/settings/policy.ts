import { z } from "zod";
import { SensitivitySchema } from "../rules/scoring/sensitivity.ts";
import { PatternSchema, HostPatternSchema } from "../rules/schema/pattern.ts";
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from "./schema.ts";

/** Settings a school can lock; each maps to one field of Settings. */
export const LOCKABLE = [
  "sensitivity",
  "packs",
  "disabledRules",
  "model",
  "frictionSeconds",
  "overlayStyle",
  "allowReveal",
  "showStats",
  "searchNotice",
  "sites",
  "custom",
  "allow",
  "userPacks",
  "pausedUntil",
] as const satisfies readonly SettingKey[];

/**
 * Managed storage (browser policy), validated like any other input. Mirrors `storage.managed_schema` in the
 * manifest (see `managed-schema.json`); a test keeps the two in step.
 */
export const PolicySchema = z.object({
  /**
   * The names of the settings that users cannot change; "all" (alone, or in the list: Chrome's policy schema
   * allows only a list) locks every one.
   */
  Locked: z.union([z.literal("all"), z.array(z.enum([...LOCKABLE, "all"]))]).optional(),
  Sensitivity: SensitivitySchema.optional(),
  FrictionSeconds: z.number().int().min(0).max(30).optional(),
  AllowReveal: z.boolean().optional(),
  ShowStatistics: z.boolean().optional(),
  OverlayStyle: z.enum(["blur", "label"]).optional(),
  /** Built-in pack id → forced on (true) or off (false). */
  Packs: z.record(z.string(), z.boolean()).optional(),
  /** Terms the organisation adds to every user's list. */
  ExtraTerms: z.array(PatternSchema).optional(),
  ExtraHashtags: z.array(PatternSchema).optional(),
  ExtraLinks: z.array(HostPatternSchema).optional(),
  Sites: z.object({ x: z.boolean(), reddit: z.boolean(), "old-reddit": z.boolean() }).partial().optional(),
  /** Forbids pausing the extension from the popup. */
  DisablePause: z.boolean().optional(),
  /** Whether the learned check judges beside the rules (true) or the rules decide alone (false). */
  LearnedCheck: z.boolean().optional(),
  /** Whether searches for a person's leaked images get the note above the results. */
  SearchNotice: z.boolean().optional(),
  /** Puts the "Spot the bait" lesson first in the popup, for a class that is to do it; it locks no setting. */
  PinLesson: z.boolean().optional(),
});
export type Policy = z.infer<typeof PolicySchema>;

export interface Effective {
  settings: Settings;
  /** Settings the user cannot change, because the organisation set or locked them. */
  locked: ReadonlySet<SettingKey>;
  /** The organisation's own terms, applied on top of the user's. */
  policy: Policy;
}

function assign<K extends SettingKey>(target: Settings, key: K, value: Settings[K]): void {
  target[key] = structuredClone(value);
}

/**
 * defaults ← the user's choices ← policy. A locked setting keeps the policy's value, or the default when the
 * policy gives none; every setting the policy gives a value for is locked too.
 */
export function mergeEffective(user: Settings, policy: Policy = {}): Effective {
  const lockAll = policy.Locked === "all" || (Array.isArray(policy.Locked) && policy.Locked.includes("all"));
  const locked = new Set<SettingKey>(lockAll ? LOCKABLE : ((policy.Locked ?? []) as SettingKey[]));
  const merged = structuredClone(user);
  for (const key of locked) assign(merged, key, DEFAULT_SETTINGS[key]);
  const set = <K extends SettingKey>(key: K, value: Settings[K] | undefined) => {
    if (value === undefined) return;
    assign(merged, key, value);
    locked.add(key);
  };
  set("sensitivity", policy.Sensitivity);
  set("frictionSeconds", policy.FrictionSeconds);
  set("allowReveal", policy.AllowReveal);
  set("showStats", policy.ShowStatistics);
  set("overlayStyle", policy.OverlayStyle);
  set("model", policy.LearnedCheck);
  set("searchNotice", policy.SearchNotice);
  if (policy.Packs) set("packs", { ...merged.packs, ...policy.Packs });
  if (policy.Sites) set("sites", { ...merged.sites, ...policy.Sites });
  if (policy.DisablePause) set("pausedUntil", {});
  return { settings: merged, locked, policy };
}
