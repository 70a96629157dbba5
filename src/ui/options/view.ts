import type { ModelLoad } from "../../rules/model/model.ts";
import type { Parsed } from "../../settings/storage.ts";
import type { Effective } from "../../settings/policy.ts";
import type { SettingKey, Settings } from "../../settings/schema.ts";
import type { Stats } from "../../settings/stats.ts";

/** What every pane draws from: the effective settings (policy applied), the local counts and the learned check. */
export interface OptionsView {
  effective: Effective;
  stats: Stats;
  /** The packaged model as this page loaded it: the same file the worker reads, so the same model or the same error. */
  learnedCheck: ModelLoad;
  /** What could not be read of the stored settings and was left out, until the user has read it. */
  dropped: readonly string[];
}

/** A change, or a function of the settings as stored when it runs (for edits inside objects and lists). */
export type Change = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/** What panes can do; the page wires these to storage and reports failed saves. */
export interface OptionsActions {
  /** Saves run one after another, each on what the previous one wrote, so quick clicks cannot undo each other. */
  save(change: Change): Promise<Parsed<Settings>>;
  /** Replaces every unlocked setting (import, reset). */
  replace(raw: unknown): Promise<Parsed<Settings>>;
  /** The user's own stored settings as a file's text (not the policy's values). */
  exportText(): Promise<string>;
  resetStats(): Promise<void>;
  /** The user has read what was left out of their stored settings. */
  acknowledgeDropped(): Promise<Parsed<Settings>>;
  download(fileName: string, text: string): void;
}

/** A pane renders from the current view; it is built once, so it can keep drafts and open states between renders. */
export type Pane = (view: OptionsView) => HTMLElement | null;

export const isLocked = (view: OptionsView, key: SettingKey): boolean => view.effective.locked.has(key);
