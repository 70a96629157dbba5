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
 * answer is validated. Rejects only after the last attempt failed.
 */
export function createTransport(send: (message: EvaluateRequest) => Promise<unknown>, options = TRANSPORT_OPTIONS) {
  return async (request: EvaluateRequest): Promise<PostVerdict[]> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return EvaluateResponseSchema.parse(await withTimeout(send(request), options.timeoutMs)).verdicts;
      } catch (error) {
        const delay = options.retryDelaysMs[attempt];
        if (delay === undefined) throw error;
        await wait(delay);
      }
    }
  };
}
