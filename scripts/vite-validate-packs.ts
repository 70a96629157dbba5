import type { Plugin } from "vite";
import { builtInPackProblems, DEFAULT_PACK_SOURCES } from "../src/rules/packs/index.ts";
import { referenceProblems } from "../src/rules/packs/references.ts";
import { RulePackSchema } from "../src/rules/schema/pack.ts";

/** Fails the build when a built-in rule pack is invalid, so a broken pack can never ship. */
export function validatePacks(): Plugin {
  return {
    name: "second-look:validate-packs",
    buildStart() {
      const problems = builtInPackProblems();
      const packs = DEFAULT_PACK_SOURCES.flatMap((raw) => RulePackSchema.safeParse(raw).data ?? []);
      const known = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
      for (const pack of packs) problems.push(...referenceProblems(pack, known).map((p) => `pack ${pack.id}: ${p}`));
      if (problems.length > 0) this.error(`invalid built-in rule packs:\n${problems.join("\n")}`);
    },
  };
}
