import { readModel } from "../../src/cli/model-file.ts";
import { compileEngine } from "../../src/rules/engine.ts";
import type { Model } from "../../src/rules/model/model.ts";
import { toRulePack } from "../terms/packs.ts";
import type { Contender } from "./contender.ts";

function secondLookWith(id: string, label: string, model: Model | null): Contender {
  return {
    id,
    label,
    compile(terms) {
      const engine = compileEngine([toRulePack(terms)], { sensitivity: "balanced", model });
      return {
        detect(text) {
          const verdict = engine.evaluate({ text });
          return verdict.verdict === "flag" || verdict.reasons.length > 0;
        },
      };
    },
  };
}

/** Second Look's engine as the extension runs it: normalise, one automaton pass, links, scoring and the learned layer. */
const loaded = await readModel();
if (!loaded.model) throw new Error(`the benchmark needs the built-in model: ${loaded.error}`);
export const secondLook = secondLookWith("second-look", "Second Look engine", loaded.model);

/** The rules alone, so the learned layer's cost stands on its own line. */
export const secondLookRulesOnly = secondLookWith("second-look-rules", "Second Look, rules only", null);
