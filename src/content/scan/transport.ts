import {
  EvaluateResponseSchema,
  type EvaluateRequest,
  type PostVerdict,
} from "../../background/evaluate/message.ts";

export interface TransportOptions {
  /** How long one attempt may take: a stopped MV3 worker is woken by the message, a hung one never answers. */
  timeoutMs: number;
  /** Waits before each further attempt; their count is the number of retries. */
  retryDelaysMs: readonly number[];
}

export const TRANSPORT_OPTIONS: TransportOptions = { timeoutMs: 2_000, retryDelaysMs: [250, 1_000] };

/**
 * The extension this script belongs to was updated, reloaded or removed while the page stayed open: its runtime
 * is gone and no message will ever be answered again, so retrying is pointless.
 */
export class ContextGoneError extends Error {
  constructor(cause?: unknown) {
    super("the extension was updated, reloaded or removed: this page's script is cut off from it", { cause });
    this.name = "ContextGoneError";
  }
}

/** What Chromium's messaging throws once the runtime is gone; Firefox unloads the script instead. */
const INVALIDATED = /extension context invalidated/i;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends an evaluation request to the worker, with a timeout per attempt and retries with backoff; the
 * answer is validated. Rejects after the last attempt failed, or at once with ContextGoneError when `alive`
 * says (or the error shows) that the extension is gone.
 */
export function createTransport(send: (message: EvaluateRequest) => Promise<unknown>, options = TRANSPORT_OPTIONS, alive: () => boolean = () => true) {
  return async (request: EvaluateRequest): Promise<PostVerdict[]> => {
    for (let attempt = 0; ; attempt++) {
      if (!alive()) throw new ContextGoneError();
      try {
        return EvaluateResponseSchema.parse(await withTimeout(send(request), options.timeoutMs)).verdicts;
      } catch (error) {
        if (!alive() || INVALIDATED.test(String(error))) throw new ContextGoneError(error);
        const delay = options.retryDelaysMs[attempt];
        if (delay === undefined) throw error;
        await wait(delay);
      }
    }
  };
}
