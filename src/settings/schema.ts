import { z } from "zod";
import { SensitivitySchema } from "../rules/scoring/sensitivity.ts";
import { HostPatternSchema, PatternSchema } from "../rules/schema/pattern.ts";
import { RulePackSchema } from "../rules/schema/pack.ts";
import { SiteSchema } from "../sites/snapshot.ts";

export const SETTINGS_VERSION = 2;

const handle = z
  .string()
  .trim()
  .transform((s) => s.replace(/^(?:@|u\/|\/u\/)/i, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_-]{1,50}$/, "use letters, digits, _ or - only, such as @jane_doe or u/jane_doe"));
const community = z
  .string()
  .trim()
  .transform((s) => s.replace(/^\/?r\//i, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_]{2,50}$/, "write a subreddit name such as r/news"));
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/.*$/, ""))
  .pipe(z.string().regex(/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, "write a host name such as example.org"));

/**
 * The most one imported rule pack may take in storage (as UTF-8 JSON). The largest built-in pack is 72 KB; with
 * at most 20 packs the user's packs stay under 5 MiB, well inside Chrome's 10 MB storage.local quota.
 */
export const USER_PACK_MAX_BYTES = 256 * 1024;
export const storedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;
const UserPackSchema = RulePackSchema.refine((pack) => storedBytes(pack) <= USER_PACK_MAX_BYTES, {
  message: `a rule pack may take at most ${USER_PACK_MAX_BYTES / 1024} KB`,
  params: { why: "pack-too-big", args: [String(USER_PACK_MAX_BYTES / 1024)] },
});

/** Stored settings: only what the user chose; every field has a default so old or partial objects parse. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  sensitivity: SensitivitySchema.default("balanced"),
  /** Built-in pack id → on/off; packs not listed are on. */
  packs: z.record(z.string(), z.boolean()).default({}),
  /** Rule ids switched off, in every pack that defines them. */
  disabledRules: z.array(z.string()).default([]),
  /** The learned check judges beside the rules (src/rules/model/); off, the rules decide alone. */
  model: z.boolean().default(true),
  /** Seconds before "Share anyway" becomes active. */
  frictionSeconds: z.number().int().min(0).max(30).default(3),
  overlayStyle: z.enum(["blur", "label"]).default("blur"),
  allowReveal: z.boolean().default(true),
  showStats: z.boolean().default(true),
  /** A calm note above search results that look for a person's leaked or intimate images (src/content/search/). */
  searchNotice: z.boolean().default(true),
  sites: z.object({ x: z.boolean().default(true), reddit: z.boolean().default(true), "old-reddit": z.boolean().default(true) }).default({ x: true, reddit: true, "old-reddit": true }),
  /** The user's own words, hashtags and link hosts: flagged as leak-bait when they appear. */
  custom: z
    .object({
      terms: z.array(PatternSchema).max(500).default([]),
      hashtags: z.array(PatternSchema).max(500).default([]),
      links: z.array(HostPatternSchema).max(500).default([]),
    })
    .default({ terms: [], hashtags: [], links: [] }),
  /** Posts by these accounts, in these subreddits or linking only to these domains are never flagged. */
  allow: z
    .object({ accounts: z.array(handle).default([]), communities: z.array(community).default([]), domains: z.array(domain).default([]) })
    .default({ accounts: [], communities: [], domains: [] }),
  /** Rule packs the user imported. */
  userPacks: z.array(UserPackSchema).max(20).default([]),
  /** Site → epoch ms until which scanning is paused there (popup's "pause on this site"). */
  pausedUntil: z.partialRecord(SiteSchema, z.number()).default({}),
});

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export type SettingKey = Exclude<keyof Settings, "version">;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
