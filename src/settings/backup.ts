import { isPlainObject } from "./recover.ts";
import { SettingsSchema, type SettingKey, type Settings } from "./schema.ts";
import { parseSettings } from "./storage.ts";

/** The marker export writes at the top of the file, so import can tell its own files from any other JSON. */
export const BACKUP_FORMAT = "second-look-settings";

/** An exported file: the user's own settings (never the policy's values) under the marker. */
export function backupText(settings: Settings): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, ...settings }, null, 2)}\n`;
}

/** What a picked file turned out to be; only a `backup` may replace the settings. */
export type BackupFile =
  | { kind: "backup"; settings: Settings }
  | { kind: "invalid"; errors: string[] }
  | { kind: "pack" }
  | { kind: "empty" }
  | { kind: "other" };

/** Version 1 kept these keys (migrations.ts); its exports carried no marker either. */
const V1_KEYS = ["countdown", "reveal", "keywords"];
const KNOWN_KEYS = new Set([...Object.keys(SettingsSchema.shape), ...V1_KEYS]);

/** Exports written before the marker: a version (or version 1's own keys) and no key settings never had. */
const isUnmarkedExport = (raw: Record<string, unknown>) =>
  Object.keys(raw).every((key) => KNOWN_KEYS.has(key)) && (typeof raw.version === "number" || V1_KEYS.some((key) => key in raw));

/**
 * Recognises a settings backup by its marker (or the shape of an older export) and checks it whole; anything else
 * is named (a rule pack, an empty object, other JSON) so the user learns what the file is instead.
 */
export function readBackup(raw: unknown): BackupFile {
  if (!isPlainObject(raw)) return { kind: "other" };
  if (Object.keys(raw).length === 0) return { kind: "empty" };
  if (raw.format !== BACKUP_FORMAT && !isUnmarkedExport(raw)) return { kind: Array.isArray(raw.rules) && "id" in raw ? "pack" : "other" };
  const { format: _marker, ...settings } = raw;
  const parsed = parseSettings(settings);
  return parsed.ok ? { kind: "backup", settings: parsed.value } : { kind: "invalid", errors: parsed.errors };
}

/** JSON with every object's keys in order: maps that differ only in order are the same setting. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The settings an import would change, in the schema's order. */
export function changedSettings(current: Settings, next: Settings): SettingKey[] {
  return (Object.keys(SettingsSchema.shape) as (keyof Settings)[]).filter(
    (key): key is SettingKey => key !== "version" && canonical(current[key]) !== canonical(next[key]),
  );
}
