import type { RulePack } from "../schema/pack.ts";
import { formatPath } from "../schema/issues.ts";

/**
 * What the schema cannot see alone: combinations and exceptions naming rule ids that no pack defines, each with
 * where it is. `known` holds the ids of the other packs the pack will be used with.
 */
export function unknownReferences(pack: RulePack, known: ReadonlySet<string> = new Set()): { path: string; ref: string }[] {
  const ids = new Set([...known, ...pack.rules.map((r) => r.id)]);
  const unknown: { path: string; ref: string }[] = [];
  pack.rules.forEach((rule, i) => {
    const check = (ref: string, path: PropertyKey[]) => {
      if (!ids.has(ref)) unknown.push({ path: formatPath(["rules", i, ...path]), ref });
    };
    if (rule.kind === "combo") {
      rule.all.forEach((ref, j) =>
        Array.isArray(ref) ? ref.forEach((r, k) => check(r, ["all", j, k])) : check(ref, ["all", j]),
      );
    }
    if (rule.kind === "exception") rule.unless?.forEach((ref, j) => check(ref, ["unless", j]));
  });
  return unknown;
}

/** The unknown references as `rules:check` prints them. */
export function referenceProblems(pack: RulePack, known: ReadonlySet<string> = new Set()): string[] {
  return unknownReferences(pack, known).map(({ path, ref }) => `${path}: unknown rule id "${ref}"`);
}
