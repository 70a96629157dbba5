/**
 * The Firefox build's manifest, derived from the one manifest.json so both browsers ship the same extension:
 * Firefox's MV3 runs the background as an event page (background.scripts, no service worker), needs a fixed
 * gecko id and a data-collection declaration, and reads managed settings from policies.json instead of a schema.
 */
export const GECKO_ID = "second-look@second-look.app";
/** The first Firefox, on desktop and Android, that understands data_collection_permissions. */
export const FIREFOX_MIN_VERSION = "142.0";
/** Firefox's tag for a language → the `_locales` folder (Chrome's tag) that holds it. */
export const FIREFOX_LOCALE_ALIASES: Readonly<Record<string, string>> = { tl: "fil" };

interface ChromiumManifest {
  background: { service_worker: string; type?: string };
  key?: string;
  minimum_chrome_version?: string;
  storage?: unknown;
}

export function firefoxManifest<M extends ChromiumManifest>(chromium: M) {
  const { key: _key, minimum_chrome_version: _min, storage: _storage, background, ...rest } = chromium;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}
