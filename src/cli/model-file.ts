/** The built-in model's files, read and written by the CLI (the extension loads them in src/background/model/). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { modelFrom, type ModelLoad } from "../rules/model/model.ts";

/** Set by the CLI bundle (scripts/build-cli.ts), which carries the model's files beside itself. */
declare const SECOND_LOOK_MODEL_DIR: string | undefined;

export const MODEL_DIR = fileURLToPath(new URL(typeof SECOND_LOOK_MODEL_DIR === "string" ? SECOND_LOOK_MODEL_DIR : "../rules/model/", import.meta.url));
export const META_FILE = "model.json";
export const WEIGHTS_FILE = "weights.bin";

/** The model in `dir`, or why it cannot be used: a missing or corrupt file never stops the rules. */
export async function readModel(dir = MODEL_DIR): Promise<ModelLoad> {
  try {
    const [meta, weights] = await Promise.all([readFile(join(dir, META_FILE), "utf8"), readFile(join(dir, WEIGHTS_FILE))]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(meta);
    } catch (error) {
      return { model: null, error: `${META_FILE} is not valid JSON (${(error as Error).message})` };
    }
    return { model: modelFrom(parsed, new Uint8Array(weights.buffer, weights.byteOffset, weights.length)) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT") return { model: null, error: `${e.path ?? "a model file"} is missing` };
    return { model: null, error: e.message };
  }
}
