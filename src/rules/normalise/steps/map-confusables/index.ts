/**
 * Homoglyphs from other scripts (Cyrillic а е о р с, Greek ο α ι κ ν, Cherokee, Lisu …) and small capitals
 * (ʟᴇᴀᴋ) read as Latin letters but survive NFKC, so they get the Latin letters they imitate. The table is
 * built ahead of time by scripts/generate-confusables.ts.
 */
import generated from "../../data/confusables.generated.json" with { type: "json" };
import { ConfusablesTableSchema } from "./table.ts";

const LOOKALIKES = new Map<number, string>();
for (const [letters, sources] of Object.entries(ConfusablesTableSchema.parse(generated).letters)) {
  for (const source of sources) LOOKALIKES.set(source.codePointAt(0) ?? 0, letters);
}

export function mapConfusables(text: string): string {
  let out = "";
  for (const ch of text) out += LOOKALIKES.get(ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}
