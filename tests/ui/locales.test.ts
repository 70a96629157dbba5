import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIREFOX_LOCALE_ALIASES } from "../../scripts/firefox-manifest.ts";
import { ROOT, localeNames, readCatalogue } from "./messages.ts";

const en = readCatalogue("en");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [readFileSync(path, "utf8")] : [];
  });
}
const srcText = sources(join(ROOT, "src")).join("\n");

const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();

describe("locales", () => {
  it("are English, Spanish, Brazilian Portuguese, French, German, Indonesian, Hindi and Filipino", () => {
    expect(localeNames()).toEqual(["de", "en", "es", "fil", "fr", "hi", "id", "pt_BR"]);
  });

  it("each say which language they are, for screen readers", () => {
    const tags: Record<string, string> = { de: "de", en: "en", es: "es", fil: "fil", fr: "fr", hi: "hi", id: "id", pt_BR: "pt-BR" };
    for (const lang of localeNames()) expect(readCatalogue(lang).uiLang?.message, lang).toBe(tags[lang]);
  });

  it.each(localeNames())("%s has every English key, no empty message and the same placeholders", (lang) => {
    const catalogue = readCatalogue(lang);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.message.trim(), `${lang}/${key}`).not.toBe("");
      expect(placeholdersIn(entry.message), `${lang}/${key}`).toEqual(placeholdersIn(en[key]?.message ?? ""));
      for (const name of placeholdersIn(entry.message)) {
        expect(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()), `${lang}/${key}`).toContain(name);
      }
    }
  });

  it.each(localeNames())("%s fits the stores' limits: a name of at most 75 characters, a description of at most 132", (lang) => {
    const catalogue = readCatalogue(lang);
    expect([...(catalogue.extName?.message ?? "")].length).toBeLessThanOrEqual(75);
    expect([...(catalogue.extDescription?.message ?? "")].length).toBeLessThanOrEqual(132);
  });

  it("reach Firefox users too, whose browser names some languages otherwise (Tagalog: tl, not fil)", () => {
    for (const [alias, locale] of Object.entries(FIREFOX_LOCALE_ALIASES)) {
      expect(localeNames(), alias).toContain(locale);
      expect(localeNames(), alias).not.toContain(alias);
    }
    expect(FIREFOX_LOCALE_ALIASES.tl).toBe("fil");
  });

  it("English tells translators what every message is for", () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description?.trim(), key).toBeTruthy();
  });

  it("every t(\"key\") in src/ exists in English", () => {
    const used = [...srcText.matchAll(/\bt\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(en), `t("${key}")`).toContain(key);
  });

  it("every English key is used by the sources or the manifest", () => {
    const manifest = readFileSync(join(ROOT, "manifest.json"), "utf8");
    // A rule's key is built from its id (src/ui/kit/rule-messages.ts); tests/ui/kit/rule-messages.test.ts ties each to a built-in rule.
    for (const key of Object.keys(en).filter((k) => !k.startsWith("rule_"))) {
      const quoted = new RegExp(`["'\`]${key}["'\`]|__MSG_${key}__`);
      expect(quoted.test(srcText) || quoted.test(manifest), key).toBe(true);
    }
  });
});
