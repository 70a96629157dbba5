import type { Storage } from "webextension-polyfill";
import { formatIssues } from "../rules/schema/issues.ts";
import { migrate } from "./migrations.ts";
import { PolicySchema, mergeEffective, type Effective, type Policy } from "./policy.ts";
import { DEFAULT_SETTINGS, SettingsSchema, type SettingKey, type Settings } from "./schema.ts";

export const SETTINGS_KEY = "settings";

/** The parts of the browser's storage API these functions use, so tests can pass a fake. */
export interface SettingsStorage {
  local: Pick<Storage.StorageArea, "get" | "set">;
  managed?: Pick<Storage.StorageArea, "get">;
  onChanged: Pick<Storage.Static["onChanged"], "addListener" | "removeListener">;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates settings from any source (storage, an imported file): migrated first, then checked field by field. */
export function parseSettings(raw: unknown): Parsed<Settings> {
  try {
    const parsed = SettingsSchema.safeParse(migrate(raw));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
}

/**
 * A policy entry that does not validate is dropped alone, with an error naming it, so one typo by an admin
 * does not unlock everything else.
 */
export function parsePolicy(raw: unknown): { policy: Policy; errors: string[] } {
  if (raw === null || typeof raw !== "object") return { policy: {}, errors: [] };
  const policy: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = PolicySchema.shape[key as keyof Policy];
    if (!field) {
      errors.push(`${key}: unknown policy`);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else errors.push(...formatIssues(parsed.error).map((e) => `${key}${e.startsWith("(root)") ? e.slice(6) : `.${e}`}`));
  }
  return { policy: policy as Policy, errors };
}

export async function readPolicy(storage: SettingsStorage): Promise<{ policy: Policy; errors: string[] }> {
  try {
    return parsePolicy(await storage.managed?.get(null));
  } catch {
    // Browsers without managed storage (or without a policy) reject the read: no policy.
    return { policy: {}, errors: [] };
  }
}

/** Stored settings; a stored object that fails validation is left untouched and the defaults apply. */
export async function readSettings(storage: SettingsStorage): Promise<{ settings: Settings; errors: string[] }> {
  const stored = (await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, errors: [] };
  const parsed = parseSettings(stored);
  return parsed.ok ? { settings: parsed.value, errors: [] } : { settings: DEFAULT_SETTINGS, errors: parsed.errors };
}

export async function readEffective(storage: SettingsStorage): Promise<Effective & { errors: string[] }> {
  const [{ settings, errors }, { policy, errors: policyErrors }] = await Promise.all([readSettings(storage), readPolicy(storage)]);
  return { ...mergeEffective(settings, policy), errors: [...errors, ...policyErrors] };
}

/**
 * Changes some settings. Nothing is written when the result would not validate, or when it touches a setting
 * the organisation locked: the error says which field.
 */
export async function updateSettings(storage: SettingsStorage, change: Partial<Settings>): Promise<Parsed<Settings>> {
  const { settings } = await readSettings(storage);
  const { locked } = mergeEffective(settings, (await readPolicy(storage)).policy);
  const blocked = (Object.keys(change) as SettingKey[]).filter((k) => locked.has(k));
  if (blocked.length > 0) return { ok: false, errors: blocked.map((k) => `${k}: set by your organisation`) };
  return replaceSettings(storage, { ...settings, ...change }, locked);
}

/** Replaces all settings (import, reset) but keeps the locked ones as they are. */
export async function replaceSettings(storage: SettingsStorage, raw: unknown, locked?: ReadonlySet<SettingKey>): Promise<Parsed<Settings>> {
  const parsed = parseSettings(raw);
  if (!parsed.ok) return parsed;
  const current = (await readSettings(storage)).settings;
  const lockedKeys = locked ?? mergeEffective(current, (await readPolicy(storage)).policy).locked;
  const next: Settings = { ...parsed.value };
  for (const key of lockedKeys) (next as Record<SettingKey, unknown>)[key] = current[key];
  await storage.local.set({ [SETTINGS_KEY]: next });
  return { ok: true, value: next };
}

const isSettingsChange = (changes: Record<string, unknown>, area: string) => (area === "local" && SETTINGS_KEY in changes) || area === "managed";

/** Calls back with the effective settings whenever the user's settings or the policy change. */
export function watchEffective(storage: SettingsStorage, onChange: (e: Effective) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (isSettingsChange(changes, area)) void readEffective(storage).then(onChange);
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

/**
 * Effective settings read once and kept until storage reports a change: the worker needs them for every batch,
 * and a read costs two round trips to the browser (p95 8-20 ms on a busy machine). The browser sends a change
 * event to every context as it happens, so the worker hears of it before any message a page sends in reaction
 * to the same change, and no batch is judged under settings its page has left. A read that a change overtakes
 * still answers its callers but is not kept.
 */
export function cachedEffective(storage: SettingsStorage): () => Promise<Effective> {
  let kept: Promise<Effective> | null = null;
  storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (isSettingsChange(changes, area)) kept = null;
  });
  return () => {
    if (kept) return kept;
    const read = readEffective(storage);
    kept = read;
    read.catch(() => {
      if (kept === read) kept = null;
    });
    return read;
  };
}
