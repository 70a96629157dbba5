/**
 * The built-in rule packs. They are data (JSON beside this file), validated here with the same schema as
 * user packs; the build fails on an invalid pack (see scripts/vite-validate-packs.ts) and so do the tests.
 */
import { RulePackSchema, type RulePack } from "../schema/pack.ts";
import core from "./core.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

export const DEFAULT_PACK_SOURCES: readonly unknown[] = [core, en];

export const defaultPacks: RulePack[] = DEFAULT_PACK_SOURCES.map((raw) => RulePackSchema.parse(raw));
