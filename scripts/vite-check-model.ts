import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { ModelError, modelFrom } from "../src/rules/model/model.ts";

/** The most the learned layer's weights may weigh in the package. */
const MAX_WEIGHTS = 512 * 1024;

/** Fails the build when the built-in model's weights do not match model.json's digest, or are too large to ship. */
export function checkModel(root: string): Plugin {
  return {
    name: "second-look:check-model",
    buildStart() {
      const dir = `${root}/src/rules/model`;
      const weights = readFileSync(`${dir}/weights.bin`);
      if (weights.length > MAX_WEIGHTS) this.error(`src/rules/model/weights.bin has ${weights.length} bytes; the limit is ${MAX_WEIGHTS}`);
      try {
        modelFrom(JSON.parse(readFileSync(`${dir}/model.json`, "utf8")), new Uint8Array(weights));
      } catch (error) {
        if (error instanceof ModelError) this.error(`the built-in model cannot ship: ${error.message} (run npm run model:train)`);
        throw error;
      }
    },
  };
}
