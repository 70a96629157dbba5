import { SETTINGS_VERSION } from "./schema.ts";
import { t } from "../ui/kit/i18n.ts";

/**
 * Version 1 (0.1 previews) kept the countdown as `countdown`, reveal as `reveal` and the user's words as a flat
 * `keywords` list. Each step takes the raw object of one version to the next; validation happens after.
 */
const steps: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: ({ countdown, reveal, keywords, ...rest }) => ({
    ...rest,
    ...(countdown !== undefined && { frictionSeconds: countdown }),
    ...(reveal !== undefined && { allowReveal: reveal }),
    ...(Array.isArray(keywords) && { custom: { terms: keywords, hashtags: [], links: [] } }),
    version: 2,
  }),
};

/** Brings a stored object of any known version up to the current one; unknown future versions are an error. */
export function migrate(raw: unknown): unknown {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  let current = raw as Record<string, unknown>;
  let version = typeof current.version === "number" ? current.version : 1;
  if (version > SETTINGS_VERSION) throw new Error(`version: ${t("settingsNewer", [String(version)])}`);
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`version: no migration from version ${version}`);
    current = step(current);
    version++;
  }
  return current;
}
