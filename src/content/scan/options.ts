import { z } from "zod";
import { SensitivitySchema } from "../../rules/engine.ts";
import { SiteSchema } from "../../sites/snapshot.ts";
import type { OverlayOptions } from "../overlay/index.ts";

// Spelled out rather than taken from the overlay's schema so the worker, which reads `defaults`, does not
// bundle the overlay; `satisfies` keeps the two lists in step.
const STYLES = ["blur", "label"] as const satisfies readonly OverlayOptions["style"][];

/**
 * The user-facing settings, in one place until the settings issue stores them: everything reads `defaults`
 * (the worker its sensitivity, the content scripts the rest) so that issue replaces a single object.
 */
export const ScanSettingsSchema = z.object({
  sensitivity: SensitivitySchema.default("balanced"),
  /** Seconds the share-friction dialog waits before "share anyway" is enabled. */
  countdownSeconds: z.number().int().min(0).max(30).default(5),
  /** Whether a flagged post may be revealed from its overlay. */
  allowReveal: z.boolean().default(true),
  /** blur covers a flagged post; label leaves it visible with a compact label. */
  style: z.enum(STYLES).default("blur"),
  learnUrl: z.url().default("https://stopncii.org/"),
  sites: z.record(SiteSchema, z.boolean()).default({ x: true, reddit: true, "old-reddit": true }),
});

export type ScanSettings = z.infer<typeof ScanSettingsSchema>;

export const defaults: ScanSettings = ScanSettingsSchema.parse({});
