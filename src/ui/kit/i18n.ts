/** Every key our UI may ask for: the English catalogue is the reference the other locales must match. */
export type MessageKey = keyof typeof import("../../../_locales/en/messages.json");

/** The shape of chrome.i18n.getMessage: "" for an unknown key. */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

interface I18nHost {
  i18n?: { getMessage?: MessageLookup };
}

let injected: MessageLookup | null = null;

/**
 * Tests (jsdom, no extension) inject a lookup built from the real messages.json files; null restores the
 * platform's. The platform API is read lazily because importing webextension-polyfill outside an extension throws.
 */
export function setMessageLookup(lookup: MessageLookup | null): void {
  injected = lookup;
}

function platformLookup(): MessageLookup | null {
  const i18n = (globalThis as { chrome?: I18nHost }).chrome?.i18n;
  // Called on its object: extension API functions may refuse to run detached from it.
  return i18n?.getMessage ? (key, substitutions) => i18n.getMessage?.(key, substitutions) ?? "" : null;
}

/** The user-facing string for key; the key itself when no catalogue has it, so a gap shows instead of a blank. */
export function t(key: MessageKey, substitutions?: string[]): string {
  return lookupMessage(key, substitutions) ?? key;
}

/** The string for a key built at run time (a rule's, say), or null when no catalogue has it, so the caller can fall back. */
export function lookupMessage(key: string, substitutions?: string[]): string | null {
  const lookup = injected ?? platformLookup();
  return lookup?.(key, substitutions) || null;
}

/** A number as the UI language writes it ("0,98" in German), so scores, counts and sizes read like the words around them. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(t("uiLang"), options).format(value);
}
