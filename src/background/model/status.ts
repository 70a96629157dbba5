/**
 * Why the learned check is not judging, kept in session storage: the worker loads the model, but the popup is
 * what the user looks at, and failing open must never be silent. Session storage is cleared with the browser
 * session and whenever the extension is reloaded or updated, which is also when the weights could change.
 */
import type { Storage } from "webextension-polyfill";
import { z } from "zod";
import type { ModelLoad } from "../../rules/model/model.ts";

const MODEL_STATUS_KEY = "model";
const ModelProblemSchema = z.object({ error: z.string().min(1) });

/**
 * The loader, reporting its first result: an error is written for the popup, a model clears an error an earlier
 * worker wrote. The result never changes within a worker (the packaged weights are read once), so once is enough.
 */
export function reportingLoads(load: () => Promise<ModelLoad>, storage: Pick<Storage.StorageArea, "set" | "remove">): () => Promise<ModelLoad> {
  let reported = false;
  return async () => {
    const loaded = await load();
    if (!reported) {
      reported = true;
      // Not awaited, and a failed write is dropped: the first verdicts after a restart must not wait for it.
      void (loaded.model ? storage.remove(MODEL_STATUS_KEY) : storage.set({ [MODEL_STATUS_KEY]: { error: loaded.error } })).catch(() => undefined);
    }
    return loaded;
  };
}

/** The recorded load error, or null when the model loaded or was never tried; anything else stored is ignored. */
export async function readModelProblem(storage: Pick<Storage.StorageArea, "get">): Promise<string | null> {
  const stored = ModelProblemSchema.safeParse((await storage.get(MODEL_STATUS_KEY))[MODEL_STATUS_KEY]);
  return stored.success ? stored.data.error : null;
}
