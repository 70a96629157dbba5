import { describe, expect, it } from "vitest";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { ONLY_THE_MODEL_FLAGS, shippedModel, THE_MODEL_LETS_THROUGH } from "./models.ts";

describe("the example posts of the learned check's tests", () => {
  it.each(["balanced", "high"] as const)("still divide the word lists and the shipped model at %s sensitivity", async (sensitivity) => {
    const { model } = await shippedModel();
    expect(model, "the shipped weights load").not.toBeNull();
    const verdicts = (options: { model?: typeof model }) => {
      const engine = compileEngine(defaultPacks(), { sensitivity, ...options });
      return [ONLY_THE_MODEL_FLAGS, THE_MODEL_LETS_THROUGH].map((text) => engine.evaluate({ text }).verdict);
    };
    const hint = "the packs or the model changed: pick new examples in tests/background/model/models.ts";
    expect(verdicts({}), `word lists alone; ${hint}`).toEqual(["ok", "flag"]);
    expect(verdicts({ model }), `with the learned check; ${hint}`).toEqual(["flag", "ok"]);
  });
});
