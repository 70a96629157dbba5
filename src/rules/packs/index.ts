/**
 * The built-in rule packs. They are data (JSON beside this file), validated here with the same schema as
 * user packs; the build fails on an invalid pack (see scripts/vite-validate-packs.ts) and so do the tests.
 */
import { RulePackSchema, type RulePack } from "../schema/pack.ts";
import core from "./core.json" with { type: "json" };
import de from "./de.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };
import hi from "./hi.json" with { type: "json" };
import id from "./id.json" with { type: "json" };
import pt from "./pt.json" with { type: "json" };
import tl from "./tl.json" with { type: "json" };

export const DEFAULT_PACK_SOURCES: readonly unknown[] = [core, en, es, pt, fr, de, id, tl, hi];

/** Ids of the built-in packs: the learned layer may overrule only their rules, never a user's own. */
export const BUILT_IN_PACK_IDS: ReadonlySet<string> = new Set(DEFAULT_PACK_SOURCES.map((raw) => (raw as { id: string }).id));

let parsed: RulePack[] | undefined;

/** The built-in packs, validated on first use: a worker that restores its compiled engine never needs them. */
export function defaultPacks(): RulePack[] {
  parsed ??= DEFAULT_PACK_SOURCES.map((raw) => RulePackSchema.parse(raw));
  return parsed;
}
