import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { MessageLookup } from "../../src/ui/kit/i18n.ts";

// Built from the file path, not `new URL`: under jsdom the global URL is jsdom's, which node:url refuses.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const LOCALES_DIR = join(ROOT, "_locales");

const CatalogueSchema = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.string().optional(),
    placeholders: z.record(z.string(), z.object({ content: z.string(), example: z.string().optional() })).optional(),
  }),
);
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const localeNames = (): string[] => readdirSync(LOCALES_DIR).sort();

export function readCatalogue(lang: string): Catalogue {
  return CatalogueSchema.parse(JSON.parse(readFileSync(join(LOCALES_DIR, lang, "messages.json"), "utf8")));
}

/** chrome.i18n.getMessage over one catalogue: $NAME$ placeholders take their content, whose $1…$9 take substitutions. */
export function lookupFor(lang: string): MessageLookup {
  const catalogue = readCatalogue(lang);
  return (key, substitutions = []) => {
    const entry = catalogue[key];
    if (!entry) return "";
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? "");
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fill(content);
    });
  };
}
