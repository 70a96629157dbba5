/**
 * The built-in rule packs. They are data (JSON beside this file), written exactly as the pack schema reads them
 * (every default spelled out). The build fails on a pack the schema rejects or would change
 * (scripts/vite-validate-packs.ts, `builtInPackProblems`), and so do the tests.
 */
import { formatIssues } from "../schema/issues.ts";
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

/**
 * What keeps a built-in pack from shipping: the schema rejects it, or reads it otherwise than it is written (a
 * default left out). Checked by the build and the tests, so the packs need no parsing at run time.
 */
export function builtInPackProblems(sources: readonly unknown[] = DEFAULT_PACK_SOURCES): string[] {
  return sources.flatMap((raw, i) => {
    const result = RulePackSchema.safeParse(raw);
    if (!result.success) return formatIssues(result.error).map((p) => `pack #${i}: ${p}`);
    const difference = firstDifference(raw, result.data);
    return difference === null ? [] : [`pack ${result.data.id}: the schema reads ${difference} otherwise than it is written; write it out as the schema reads it`];
  });
}

/** The path where two JSON values first differ, or null when they are equal. */
function firstDifference(written: unknown, read: unknown, path = ""): string | null {
  if (typeof written !== "object" || written === null || typeof read !== "object" || read === null) return Object.is(written, read) ? null : path || "the pack";
  if (Array.isArray(written) !== Array.isArray(read)) return path || "the pack";
  const keys = new Set([...Object.keys(written), ...Object.keys(read)]);
  for (const key of keys) {
    const inner = firstDifference((written as Record<string, unknown>)[key], (read as Record<string, unknown>)[key], `${path}/${key}`);
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * The built-in packs. Parsing them with zod cost a new browser's worker a few hundred milliseconds before its
 * first verdict; the build has already proved each one is exactly what the schema would return.
 */
export function defaultPacks(): RulePack[] {
  return DEFAULT_PACK_SOURCES as RulePack[];
}
