import type { Storage } from "webextension-polyfill";
import { z } from "zod";
import { migrate } from "./migrations.ts";
import { PolicySchema, mergeEffective, type Effective, type Policy } from "./policy.ts";
import { isPlainObject, recoverObject, shown } from "./recover.ts";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type SettingKey, type Settings } from "./schema.ts";
import { t } from "../ui/kit/i18n.ts";
import { issueLines } from "../ui/kit/schema-errors.ts";

export const SETTINGS_KEY = "settings";
/**
 * Stored settings that could not be read whole, kept as they were with what was left out of them, so the next
 * write (of what could be recovered) destroys nothing. The options page lists what was left out until the user
 * has read it (`seen`).
 */
export const KEPT_ASIDE_KEY = "settingsKeptAside";
/** Originals kept at most, the oldest dropped first: each can be as large as the settings themselves. */
const KEEP_AT_MOST = 3;

const KeptAsideSchema = z.array(z.object({ at: z.number(), raw: z.unknown(), dropped: z.array(z.string()), seen: z.boolean() }));
type KeptAside = z.infer<typeof KeptAsideSchema>;

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
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issueLines(parsed.error) };
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
}

/**
 * Stored settings as far as they can be read: every valid field and list item is kept, and each part left out
 * is named. Data from a newer version keeps what this version understands; version 1 data is migrated first.
 */
export function recoverSettings(raw: unknown): { settings: Settings; dropped: string[] } {
  if (!isPlainObject(raw)) return { settings: DEFAULT_SETTINGS, dropped: [`(root): ${t("settingsNotAnObject")} ${t("settingsWas", [shown(raw)])}`] };
  const notes: string[] = [];
  let current: Record<string, unknown>;
  try {
    current = migrate(raw) as Record<string, unknown>;
  } catch (error) {
    notes.push(`${(error as Error).message}; ${t("settingsNewerKept")}`);
    current = { ...raw, version: SETTINGS_VERSION };
  }
  const { value, dropped } = recoverObject(SettingsSchema, current);
  return { settings: value, dropped: [...notes, ...dropped] };
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
    else errors.push(...issueLines(parsed.error, [key]));
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

function settingsFrom(stored: unknown): { settings: Settings; errors: string[] } {
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, errors: [] };
  const { settings, dropped } = recoverSettings(stored);
  return { settings, errors: dropped };
}

/** Stored settings, recovered as far as they can be (`errors` names what was left out); reading never writes. */
export async function readSettings(storage: SettingsStorage): Promise<{ settings: Settings; errors: string[] }> {
  return settingsFrom((await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

interface Stored {
  raw: unknown;
  settings: Settings;
  dropped: string[];
  keptAside: KeptAside;
}

async function load(storage: SettingsStorage): Promise<Stored> {
  const got = await storage.local.get([SETTINGS_KEY, KEPT_ASIDE_KEY]);
  const raw = got[SETTINGS_KEY];
  const { settings, dropped } = raw === undefined ? { settings: DEFAULT_SETTINGS, dropped: [] } : recoverSettings(raw);
  const kept = KeptAsideSchema.safeParse(got[KEPT_ASIDE_KEY] ?? []);
  // Unreadable itself, the kept-aside list is kept aside whole rather than overwritten.
  const keptAside = kept.success ? kept.data : [{ at: 0, raw: got[KEPT_ASIDE_KEY], dropped: [`${KEPT_ASIDE_KEY}: unreadable`], seen: true }];
  return { raw, settings, dropped, keptAside };
}

/**
 * Writes `next`. When the stored original could not be read whole, it is kept aside in the same write, so it is
 * never lost to the recovered settings. A write the browser refuses (its quota is full, say) is reported.
 */
async function write(storage: SettingsStorage, stored: Stored, next: Settings, markSeen = false): Promise<Parsed<Settings>> {
  const items: Record<string, unknown> = { [SETTINGS_KEY]: next };
  if (stored.dropped.length > 0 || markSeen) {
    const added = stored.dropped.length > 0 ? [{ at: Date.now(), raw: stored.raw, dropped: stored.dropped, seen: false }] : [];
    items[KEPT_ASIDE_KEY] = [...stored.keptAside, ...added].slice(-KEEP_AT_MOST).map((entry) => (markSeen ? { ...entry, seen: true } : entry));
  }
  try {
    await storage.local.set(items);
  } catch (error) {
    return { ok: false, errors: [t("settingsNotSaved", [error instanceof Error ? error.message : String(error)])] };
  }
  return { ok: true, value: next };
}

/** What was left out of the stored settings and not yet acknowledged, whether or not it was written over since. */
export async function readDropped(storage: SettingsStorage): Promise<string[]> {
  const { keptAside, dropped } = await load(storage);
  return [...keptAside.filter((entry) => !entry.seen).flatMap((entry) => entry.dropped), ...dropped];
}

/** The user has read what was left out: the recovered settings are written, the original stays kept aside. */
export async function acknowledgeDropped(storage: SettingsStorage): Promise<Parsed<Settings>> {
  const stored = await load(storage);
  return write(storage, stored, stored.settings, true);
}

/**
 * How long a first read waits for the policy before going on without it. Right after the browser starts, Chromium
 * answers the first storage.managed read only once it has loaded policies, 2-6 s later (measured: bench/browser,
 * "cold browser start"), while the user's own settings come back in milliseconds.
 */
export const POLICY_GRACE_MS = 50;

/**
 * The policy as last read, so that after a restart the seconds before the browser has loaded policies already
 * follow it (a school's policy seldom changes between two mornings). Read through parsePolicy like the real one.
 */
export const POLICY_SEEN_KEY = "policyLastSeen";

/** Keeps `known` for the next start; written only when it changed, since every page reads the policy. */
function rememberPolicy(storage: SettingsStorage, seen: Policy, known: Policy): void {
  if (JSON.stringify(seen) !== JSON.stringify(known)) storage.local.set({ [POLICY_SEEN_KEY]: known }).catch(() => undefined);
}

export interface EarlyEffective {
  /** What to act on now: with the policy when it came within the grace period, else with the one last seen. */
  now: Effective;
  /** Whether `now` already includes the policy. */
  known: boolean;
  /** The settings with the policy, once the browser has read it (`now` itself when `known`). */
  settled: Promise<Effective>;
}

/**
 * The effective settings without waiting seconds for a slow policy read: until it is known they follow the policy
 * last seen (none on a new profile), and a cover offers no reveal, since a school may have forbidden it since.
 * Callers act on `now`, then on `settled`, so the policy as read wins once it is known.
 */
export async function readEffectiveEarly(storage: SettingsStorage, graceMs = POLICY_GRACE_MS): Promise<EarlyEffective> {
  const policy = readPolicy(storage);
  const stored = await storage.local.get([SETTINGS_KEY, POLICY_SEEN_KEY]);
  const { settings } = settingsFrom(stored[SETTINGS_KEY]);
  const seen = parsePolicy(stored[POLICY_SEEN_KEY]).policy;
  const settled = policy.then(({ policy: known }) => {
    rememberPolicy(storage, seen, known);
    return mergeEffective(settings, known);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), graceMs)));
  const early = await Promise.race([settled, waited]).finally(() => clearTimeout(timer));
  if (early) return { now: early, known: true, settled };
  const provisional = mergeEffective(settings, seen);
  provisional.settings.allowReveal = false;
  return { now: provisional, known: false, settled };
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
  if (blocked.length > 0) return { ok: false, errors: blocked.map((k) => `${k}: ${t("settingsLocked")}`) };
  return replaceSettings(storage, { ...settings, ...change }, locked);
}

/** Replaces all settings (import, reset) but keeps the locked ones as they are. */
export async function replaceSettings(storage: SettingsStorage, raw: unknown, locked?: ReadonlySet<SettingKey>): Promise<Parsed<Settings>> {
  const parsed = parseSettings(raw);
  if (!parsed.ok) return parsed;
  const stored = await load(storage);
  const lockedKeys = locked ?? mergeEffective(stored.settings, (await readPolicy(storage)).policy).locked;
  const next: Settings = { ...parsed.value };
  for (const key of lockedKeys) (next as Record<SettingKey, unknown>)[key] = stored.settings[key];
  return write(storage, stored, next);
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

/** Which settings a reader of cachedEffective needs: `settled` waits for the policy (see readEffectiveEarly). */
export interface EffectiveWanted {
  settled?: boolean;
}

/**
 * Effective settings read once and kept until storage reports a change: the worker needs them for every batch,
 * and a read costs two round trips to the browser (p95 8-20 ms on a busy machine). The browser sends a change
 * event to every context as it happens, so the worker hears of it before any message a page sends in reaction
 * to the same change, and no batch is judged under settings its page has left. A read that a change overtakes
 * still answers its callers but is not kept. While the policy is still being read, callers get the user's
 * settings alone (readEffectiveEarly) unless they ask for the settled ones.
 */
export function cachedEffective(storage: SettingsStorage, graceMs = POLICY_GRACE_MS): (wanted?: EffectiveWanted) => Promise<Effective> {
  let kept: Promise<EarlyEffective> | null = null;
  storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (isSettingsChange(changes, area)) kept = null;
  });
  const start = () => {
    const read = readEffectiveEarly(storage, graceMs);
    kept = read;
    read.then(
      ({ known, settled }) => {
        if (known) return;
        // Once the policy is known every caller gets it, settled or not.
        void settled.then((now) => {
          if (kept === read) kept = Promise.resolve({ now, known: true, settled });
        });
      },
      () => {
        if (kept === read) kept = null;
      },
    );
    return read;
  };
  return async ({ settled = false } = {}) => {
    const early = await (kept ?? start());
    return settled ? early.settled : early.now;
  };
}
