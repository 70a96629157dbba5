import type { RulePack } from "../schema/pack.ts";
import { formatPath } from "../schema/issues.ts";

/**
 * Problems the schema cannot see alone: combinations and exceptions naming rule ids that no pack defines.
 * `known` holds the ids of the other packs the pack will be used with.
 */
export function referenceProblems(pack: RulePack, known: ReadonlySet<string> = new Set()): string[] {
  const ids = new Set([...known, ...pack.rules.map((r) => r.id)]);
  const problems: string[] = [];
  pack.rules.forEach((rule, i) => {
    const check = (ref: string, path: PropertyKey[]) => {
      if (!ids.has(ref)) problems.push(`${formatPath(["rules", i, ...path])}: unknown rule id "${ref}"`);
    };
    if (rule.kind === "combo") {
      rule.all.forEach((ref, j) =>
        Array.isArray(ref) ? ref.forEach((r, k) => check(r, ["all", j, k])) : check(ref, ["all", j]),
      );
    }
    if (rule.kind === "exception") rule.unless?.forEach((ref, j) => check(ref, ["unless", j]));
  });
  return problems;
}
