import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "../../../src/background/model/load.ts";
import type { ModelLoad } from "../../../src/rules/model/model.ts";

// Built from the file path, not `new URL`: under jsdom the global URL is jsdom's, which node:url refuses.
const WEIGHTS = join(dirname(fileURLToPath(import.meta.url)), "../../../src/rules/model/weights.bin");

/**
 * Posts on which the shipped model and the word lists disagree at balanced and high sensitivity: a request in
 * words no pack holds, and a news headline that only uses a doxxing word. Chosen with
 * `npm run --silent scan -- --sensitivity … [--rules-only] -`; models.test.ts says when a pack or model change
 * has made them agree, and then new ones are needed.
 */
export const ONLY_THE_MODEL_FLAGS = "Kayla's nudes, hmu if u want them";
export const THE_MODEL_LETS_THROUGH = "Mayor condemns doxxing of election workers, calls for new protections";

let shipped: Promise<ModelLoad> | undefined;

/** The extension's own loader on the weights it ships, read from disk (once) instead of from the package. */
export function shippedModel(): Promise<ModelLoad> {
  shipped ??= loadModel(async () => new Uint8Array(await readFile(WEIGHTS)));
  return shipped;
}

/** The extension's own loader finding the packaged weights truncated, as a damaged install would have them. */
export const brokenModel = (): Promise<ModelLoad> => loadModel(async () => new Uint8Array(16));
