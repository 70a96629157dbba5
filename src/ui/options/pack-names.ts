import { BUILT_IN_PACK_IDS } from "../../rules/packs/index.ts";
import type { RulePack } from "../../rules/schema/pack.ts";
import { t } from "../kit/i18n.ts";

const CORE_PACK_ID = "core";

/** A language as the reader's language names it, and as its speakers do when that differs: "Spanisch (español)". */
function languageName(code: string): string | null {
  try {
    const here = new Intl.DisplayNames([t("uiLang")], { type: "language", fallback: "none" }).of(code);
    const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
    if (!here) return null;
    return own && own.toLocaleLowerCase(code) !== here.toLocaleLowerCase(code) ? `${here} (${own})` : here;
  } catch {
    return null;
  }
}

/**
 * A built-in pack's name in the reader's language: a language pack is named by its language (its id is the
 * language's code). An imported pack keeps the name its author gave it.
 */
export function packName(pack: RulePack): string {
  if (!BUILT_IN_PACK_IDS.has(pack.id)) return pack.name;
  if (pack.id === CORE_PACK_ID) return t("packCoreName");
  return languageName(pack.id) ?? pack.name;
}

/** A built-in pack's description in the reader's language; an imported pack keeps its own. */
export function packDescription(pack: RulePack): string {
  if (!BUILT_IN_PACK_IDS.has(pack.id)) return pack.description;
  if (pack.id === CORE_PACK_ID) return t("packCoreDescription");
  const language = languageName(pack.id);
  return language ? t("packLanguageDescription", [language]) : pack.description;
}
