/**
 * The built-in model as the extension loads it: model.json is bundled, weights.bin ships as a file of the
 * extension and is read from the package itself (never from the network). Loaded once per worker or page;
 * a missing or corrupt file leaves the rules judging alone, and the error is kept for the popup to show.
 */
import meta from "../../rules/model/model.json" with { type: "json" };
import weightsPath from "../../rules/model/weights.bin?url";
import { ModelError, modelFrom, type ModelLoad } from "../../rules/model/model.ts";

export type ReadWeights = () => Promise<Uint8Array>;

const readPackaged: ReadWeights = async () => {
  const response = await fetch(new URL(weightsPath, globalThis.location?.href ?? "chrome-extension://invalid/"));
  if (!response.ok) throw new ModelError(`weights.bin could not be read from the extension (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};

/** Reads and checks the model; never throws. */
export async function loadModel(read: ReadWeights = readPackaged, metadata: unknown = meta): Promise<ModelLoad> {
  try {
    return { model: modelFrom(metadata, await read()) };
  } catch (error) {
    return { model: null, error: error instanceof ModelError ? error.message : `the learned check could not be loaded (${(error as Error).message})` };
  }
}

let loaded: Promise<ModelLoad> | undefined;

/** The packaged model, read on first use and shared by every engine of this worker or page. */
export function packagedModel(): Promise<ModelLoad> {
  loaded ??= loadModel();
  return loaded;
}
