import { compileEngine } from "../../src/rules/engine.ts";
import { toRulePack } from "../terms/packs.ts";
import type { Contender } from "./contender.ts";

/** Second Look's engine: normalise, one automaton pass, links and scoring into a verdict. */
export const secondLook: Contender = {
  id: "second-look",
  label: "Second Look engine",
  compile(terms) {
    const engine = compileEngine([toRulePack(terms)], { sensitivity: "balanced" });
    return {
      detect(text) {
        const verdict = engine.evaluate({ text });
        return verdict.verdict === "flag" || verdict.reasons.length > 0;
      },
    };
  },
};
